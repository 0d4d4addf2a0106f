package org.w3id.arsenal.query;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.resultset.ResultSetLang;

/** How query answers are printed: tabular formats for SELECT/ASK, RDF syntaxes for CONSTRUCT/DESCRIBE. */
public enum OutputFormat {
    TABLE(null, Lang.TURTLE),
    CSV(ResultSetLang.RS_CSV, null),
    TSV(ResultSetLang.RS_TSV, null),
    JSON(ResultSetLang.RS_JSON, RDFLanguages.JSONLD),
    XML(ResultSetLang.RS_XML, RDFLanguages.RDFXML),
    TURTLE(null, Lang.TURTLE),
    NTRIPLES(null, Lang.NTRIPLES),
    JSONLD(null, Lang.JSONLD),
    RDFXML(null, Lang.RDFXML);

    /** The result-set syntax, or null where only TABLE's own layout or no tabular form applies. */
    final Lang resultLang;
    /** The RDF syntax used for graph answers, or null where the format has none. */
    final Lang graphLang;

    OutputFormat(Lang resultLang, Lang graphLang) {
        this.resultLang = resultLang;
        this.graphLang = graphLang;
    }

    boolean tabular() {
        return this == TABLE || resultLang != null;
    }
}
