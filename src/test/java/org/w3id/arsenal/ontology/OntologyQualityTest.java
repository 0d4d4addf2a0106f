package org.w3id.arsenal.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * ROBOT-report-style checks written as SPARQL over the ontology files loaded with Jena. Each query selects
 * the offending terms, and the assertion message lists them. The last tests pin the term contract
 * (local names, hierarchy, domains and ranges) that generated Java code and SPARQL queries rely on.
 */
class OntologyQualityTest {

    private static final String PREFIXES = """
            PREFIX ars:  <https://w3id.org/arsenal/ontology#>
            PREFIX owl:  <http://www.w3.org/2002/07/owl#>
            PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd:  <http://www.w3.org/2001/XMLSchema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX vann: <http://purl.org/vocab/vann/>
            """;

    /** The ars: terms declared in the core file, as a SPARQL pattern binding ?term. */
    private static final String ARS_TERM = """
            VALUES ?type { owl:Class owl:ObjectProperty owl:DatatypeProperty owl:AnnotationProperty owl:NamedIndividual }
            ?term a ?type .
            FILTER (isIRI(?term) && STRSTARTS(STR(?term), STR(ars:)))
            """;

    private static Model core;
    private static Model union;

    @BeforeAll
    static void load() {
        core = RDFDataMgr.loadModel(OntologyFiles.CORE.toString());
        union = ModelFactory.createUnion(core, RDFDataMgr.loadModel(OntologyFiles.ALIGN.toString()));
    }

    private static List<String> select(Model model, String query) {
        List<String> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.model(model).query(PREFIXES + query).build()) {
            ResultSet rs = qe.execSelect();
            List<String> vars = rs.getResultVars();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                rows.add(vars.stream().map(v -> s.contains(v) ? shortName(s.get(v)) : "-")
                        .collect(Collectors.joining(" ")));
            }
        }
        return rows;
    }

    private static String shortName(RDFNode n) {
        if (n.isURIResource()) {
            String uri = n.asResource().getURI();
            return uri.startsWith(OntologyFiles.NS) ? "ars:" + uri.substring(OntologyFiles.NS.length()) : "<" + uri + ">";
        }
        return n.toString();
    }

    private static void assertNoRows(Model model, String what, String query) {
        List<String> rows = select(model, query);
        assertTrue(rows.isEmpty(), what + " (" + rows.size() + "):\n  " + String.join("\n  ", rows));
    }

    // ---------------------------------------------------------------------------------------------
    //  Annotations
    // ---------------------------------------------------------------------------------------------

    @Test
    void everyTermHasExactlyOneEnglishLabel() {
        assertNoRows(core, "ars: terms without exactly one rdfs:label@en", """
                SELECT ?term (COUNT(DISTINCT ?label) AS ?labels) WHERE {
                  """ + ARS_TERM + """
                  OPTIONAL { ?term rdfs:label ?label FILTER (LANG(?label) = "en") }
                } GROUP BY ?term HAVING (COUNT(DISTINCT ?label) != 1) ORDER BY ?term
                """);
    }

    @Test
    void everyTermHasExactlyOneEnglishDefinition() {
        assertNoRows(core, "ars: terms without exactly one skos:definition@en", """
                SELECT ?term (COUNT(DISTINCT ?def) AS ?definitions) WHERE {
                  """ + ARS_TERM + """
                  OPTIONAL { ?term skos:definition ?def FILTER (LANG(?def) = "en") }
                } GROUP BY ?term HAVING (COUNT(DISTINCT ?def) != 1) ORDER BY ?term
                """);
    }

    @Test
    void labelsAndDefinitionsAreNotLanguageless() {
        assertNoRows(core, "ars: labels or definitions without a language tag", """
                SELECT ?term ?property WHERE {
                  """ + ARS_TERM + """
                  VALUES ?property { rdfs:label skos:definition }
                  ?term ?property ?value FILTER (LANG(?value) = "")
                } ORDER BY ?term
                """);
    }

    @Test
    void definitionsAreSentences() {
        assertNoRows(core, "skos:definition values that are too short or do not end with a full stop", """
                SELECT ?term ?def WHERE {
                  """ + ARS_TERM + """
                  ?term skos:definition ?def
                  FILTER (STRLEN(?def) < 25 || !STRENDS(STR(?def), "."))
                } ORDER BY ?term
                """);
    }

    @Test
    void labelsAreUniqueWithinEachKindOfTerm() {
        assertNoRows(core, "two ars: terms of the same kind share an rdfs:label", """
                SELECT ?label ?a ?b WHERE {
                  VALUES ?type { owl:Class owl:ObjectProperty owl:DatatypeProperty owl:AnnotationProperty owl:NamedIndividual }
                  ?a a ?type ; rdfs:label ?label . ?b a ?type ; rdfs:label ?label .
                  FILTER (STRSTARTS(STR(?a), STR(ars:)) && STRSTARTS(STR(?b), STR(ars:)) && STR(?a) < STR(?b))
                }
                """);
    }

    @Test
    void ontologyHeaderIsComplete() {
        List<String> missing = new ArrayList<>();
        Map<String, String> required = new LinkedHashMap<>();
        required.put("dcterms:title", "?o dcterms:title ?v FILTER (LANG(?v) != \"\")");
        required.put("dcterms:description", "?o dcterms:description ?v");
        required.put("rdfs:comment", "?o rdfs:comment ?v");
        required.put("dcterms:license", "?o dcterms:license ?v FILTER isIRI(?v)");
        required.put("dcterms:creator", "?o dcterms:creator ?v");
        required.put("owl:versionIRI", "?o owl:versionIRI <https://w3id.org/arsenal/ontology/0.1.0>");
        required.put("owl:versionInfo", "?o owl:versionInfo ?v");
        required.put("vann:preferredNamespacePrefix", "?o vann:preferredNamespacePrefix \"ars\"");
        required.put("vann:preferredNamespaceUri", "?o vann:preferredNamespaceUri \"https://w3id.org/arsenal/ontology#\"");
        for (Map.Entry<String, String> e : required.entrySet()) {
            String ask = PREFIXES + "ASK { BIND (<" + OntologyFiles.CORE_IRI + "> AS ?o) ?o a owl:Ontology . " + e.getValue() + " }";
            try (QueryExecution qe = QueryExecution.model(core).query(ask).build()) {
                if (!qe.execAsk()) missing.add(e.getKey());
            }
        }
        assertEquals(List.of(), missing, "ontology header annotations missing or malformed");
    }

    @Test
    void externalAnnotationPropertiesAreDeclared() {
        assertNoRows(union, "annotation properties used but not declared as owl:AnnotationProperty", """
                SELECT DISTINCT ?p WHERE {
                  ?s ?p ?o .
                  FILTER (STRSTARTS(STR(?p), STR(skos:)) || STRSTARTS(STR(?p), STR(dcterms:)) || STRSTARTS(STR(?p), STR(vann:)))
                  FILTER NOT EXISTS { ?p a owl:AnnotationProperty }
                } ORDER BY ?p
                """);
    }

    // ---------------------------------------------------------------------------------------------
    //  Logical structure
    // ---------------------------------------------------------------------------------------------

    @Test
    void everyPropertyHasDomainAndRange() {
        assertNoRows(core, "object or datatype properties missing rdfs:domain or rdfs:range", """
                SELECT ?p ?missing WHERE {
                  VALUES ?type { owl:ObjectProperty owl:DatatypeProperty }
                  ?p a ?type FILTER STRSTARTS(STR(?p), STR(ars:))
                  OPTIONAL { ?p rdfs:domain ?d }
                  OPTIONAL { ?p rdfs:range ?r }
                  FILTER (!BOUND(?d) || !BOUND(?r))
                  BIND (IF(!BOUND(?d) && !BOUND(?r), "domain and range", IF(!BOUND(?d), "domain", "range")) AS ?missing)
                } ORDER BY ?p
                """);
    }

    @Test
    void noOwlThingDomainsOrRanges() {
        assertNoRows(core, "properties with an owl:Thing domain or range", """
                SELECT ?p ?axiom WHERE {
                  VALUES ?axiom { rdfs:domain rdfs:range }
                  ?p ?axiom owl:Thing
                }
                """);
    }

    @Test
    void unionDomainsAndRangesAreWellFormed() {
        assertNoRows(core, "anonymous domain/range classes that are not a typed owl:unionOf of named ars: classes", """
                SELECT ?p ?axiom ?member WHERE {
                  VALUES ?axiom { rdfs:domain rdfs:range }
                  ?p ?axiom ?c FILTER isBlank(?c)
                  OPTIONAL { ?c owl:unionOf/rdf:rest*/rdf:first ?member }
                  FILTER (NOT EXISTS { ?c a owl:Class } || NOT EXISTS { ?c owl:unionOf ?list }
                          || (BOUND(?member) && (!isIRI(?member) || NOT EXISTS { ?member a owl:Class })))
                }
                """);
    }

    @Test
    void noClassHierarchyCycle() {
        assertNoRows(union, "classes that are their own (indirect) superclass", """
                SELECT DISTINCT ?c WHERE {
                  ?c rdfs:subClassOf ?d . ?d rdfs:subClassOf* ?c . FILTER (isIRI(?c) && isIRI(?d) && ?c != ?d)
                }
                """);
        assertNoRows(union, "properties that are their own (indirect) superproperty", """
                SELECT DISTINCT ?p WHERE {
                  ?p rdfs:subPropertyOf ?q . ?q rdfs:subPropertyOf* ?p . FILTER (?p != ?q)
                }
                """);
    }

    @Test
    void noArsenalTermUsedButUndeclared() {
        // Any ars: IRI appearing anywhere in the core or the alignment must be declared in the core.
        for (Model m : List.of(core, union)) {
            assertNoRows(m, "ars: IRIs used but not declared in arsenal.ttl", """
                    SELECT DISTINCT ?term WHERE {
                      { ?term ?p ?o } UNION { ?s ?term ?o } UNION { ?s ?p ?term }
                      FILTER (isIRI(?term) && STRSTARTS(STR(?term), STR(ars:)))
                      FILTER NOT EXISTS {
                        VALUES ?type { owl:Class owl:ObjectProperty owl:DatatypeProperty owl:AnnotationProperty owl:NamedIndividual }
                        GRAPH <urn:x-arq:DefaultGraph> { ?term a ?type }
                      }
                    } ORDER BY ?term
                    """.replace("GRAPH <urn:x-arq:DefaultGraph> ", ""));
        }
        // ...and declared in the core file itself, not only in the alignment.
        Set<String> declaredInCore = new TreeSet<>(select(core, "SELECT ?term WHERE { " + ARS_TERM + " }"));
        Set<String> declaredInUnion = new TreeSet<>(select(union, "SELECT ?term WHERE { " + ARS_TERM + " }"));
        declaredInUnion.removeAll(declaredInCore);
        assertEquals(Set.of(), declaredInUnion, "ars: terms declared only in the alignment module");
    }

    @Test
    void noGYearDatatypesInOwlFiles() {
        assertNoRows(union, "xsd:gYear / xsd:gYearMonth used in an OWL file (not in the OWL 2 datatype map)", """
                SELECT ?s ?p ?o WHERE {
                  ?s ?p ?o
                  FILTER ((isIRI(?o) && ?o IN (xsd:gYear, xsd:gYearMonth, xsd:date))
                          || (isLiteral(?o) && DATATYPE(?o) IN (xsd:gYear, xsd:gYearMonth, xsd:date)))
                }
                """);
    }

    @Test
    void eachModuleDeclaresExactlyOneNamedOntology() {
        for (String file : List.of(OntologyFiles.CORE.toString(), OntologyFiles.ALIGN.toString())) {
            Model m = RDFDataMgr.loadModel(file);
            List<Resource> headers = m.listResourcesWithProperty(RDF.type, OWL.Ontology).toList();
            assertEquals(1, headers.size(), file + " must declare exactly one owl:Ontology");
            assertTrue(headers.get(0).isURIResource(), file + " ontology header must be named");
        }
    }

    // ---------------------------------------------------------------------------------------------
    //  Term contract
    // ---------------------------------------------------------------------------------------------

    /** child -> direct parent ("" for a root) as fixed by the term contract. */
    private static final String CLASS_TREE = """
            Agent:
            Person:Agent Leader:Person Official:Person
            Organization:Agent PoliticalParty:Organization PartyBody:Organization StateBody:Organization
            Ministry:Organization ArmedForce:Organization IntelligenceAgency:Organization MediaOutlet:Organization
            ResearchInstitute:Organization Company:Organization
            Location: Country:Location Place:Location Province:Place City:Place County:Place
            Facility: Factory:Facility ProductionSite:Facility Shipyard:Facility Port:Facility Depot:Facility ResearchSite:Facility
            Product: Munition:Product ArtilleryShell:Munition RocketShell:Munition Ammunition:Munition
            Missile:Product BallisticMissile:Missile CruiseMissile:Missile AntiAircraftMissile:Missile GuidedWeapon:Missile
            Launcher:Product TransporterErectorLauncher:Launcher MultipleRocketLauncher:Launcher
            ArtillerySystem:Product Engine:Product MissileEngine:Engine AircraftEngine:Engine
            ArmouredVehicle:Product Tank:ArmouredVehicle SmallArm:Product MachineTool:Product CNCMachine:MachineTool
            UnmannedAerialVehicle:Product NavalVessel:Product MilitaryVehicle:Product Component:Product DualUseGood:Product
            Event: Inspection:Event ArmsTransfer:Event ProductionOrder:Event FacilityExpansion:Event
            Post: Affiliation: Report: TextSpan: Evidence:TextSpan Mention:TextSpan Claim:
            CertaintyLevel: DatePrecision: IdentityCandidate:
            """;

    /** property domain range; "|" separates the members of a union. */
    private static final String OBJECT_PROPERTIES = """
            visitor Inspection Person
            accompaniedBy Inspection Person
            guidedBy Inspection Person
            site Inspection|ProductionOrder|FacilityExpansion Facility|Location
            supplier ArmsTransfer Agent|Country
            recipient ArmsTransfer Agent|Country
            item ArmsTransfer|ProductionOrder Product
            orderedBy ProductionOrder Agent
            produces Facility Product
            producedAt Product Facility
            locatedIn Facility|Location Location
            operatedBy Facility Organization
            subOrganizationOf Organization Organization
            holdsPost Person Post
            postIn Post Organization
            member Affiliation Person
            affiliate Affiliation Organization|Facility
            datePrecision Event|Post|Affiliation DatePrecision
            inReport TextSpan Report
            mentionedIn Agent|Location|Facility|Product|Event Mention
            hasEvidence Claim Evidence
            certainty Claim CertaintyLevel
            attributedTo Claim Agent
            claimSubject Claim Agent|Location|Facility|Product|Event|Post|Affiliation
            claimObject Claim Agent|Location|Facility|Product|Event|Post|Affiliation|DatePrecision
            candidateEntity IdentityCandidate Facility|Agent|Location|Product
            publisher Report Organization
            """;

    private static final String DATATYPE_PROPERTIES = """
            date Event|Post|Affiliation rdfs:Literal
            startDate Event|Post|Affiliation rdfs:Literal
            endDate Event|Post|Affiliation rdfs:Literal
            dateText Event|Post|Affiliation xsd:string
            isFormer Affiliation xsd:boolean
            roleTitle Post xsd:string
            quote TextSpan xsd:string
            startOffset TextSpan xsd:integer
            endOffset TextSpan xsd:integer
            sentenceIndex TextSpan xsd:integer
            claimValue Claim rdfs:Literal
            attributionText Claim xsd:string
            matchReason IdentityCandidate xsd:string
            matchScore IdentityCandidate xsd:decimal
            certaintyRank CertaintyLevel xsd:integer
            title Report xsd:string
            authorName Report xsd:string
            publisherName Report xsd:string
            publishedDate Report rdfs:Literal
            url Report xsd:anyURI
            sourceFile Report xsd:string
            bodyText Report xsd:string
            quantityText ArmsTransfer|ProductionOrder xsd:string
            productCode Product xsd:string
            """;

    private static Resource ars(String local) {
        return core.createResource(OntologyFiles.NS + local);
    }

    private static Set<String> classExpression(RDFNode node) {
        Set<String> names = new TreeSet<>();
        if (node.isURIResource()) {
            names.add(shortName(node).replace("ars:", "").replace("<http://www.w3.org/2000/01/rdf-schema#Literal>", "rdfs:Literal")
                    .replaceAll("^<http://www.w3.org/2001/XMLSchema#(.*)>$", "xsd:$1"));
        } else if (node.isAnon() && node.asResource().hasProperty(OWL.unionOf)) {
            node.asResource().getPropertyResourceValue(OWL.unionOf).as(org.apache.jena.rdf.model.RDFList.class)
                    .iterator().forEachRemaining(m -> names.addAll(classExpression(m)));
        } else {
            names.add("?" + node);
        }
        return names;
    }

    private static Set<String> expected(String spec) {
        return new TreeSet<>(List.of(spec.split("\\|")));
    }

    @Test
    void classHierarchyMatchesTheContract() {
        List<String> problems = new ArrayList<>();
        Set<String> contractClasses = new TreeSet<>();
        for (String entry : CLASS_TREE.trim().split("\\s+")) {
            String[] kv = entry.split(":", -1);
            contractClasses.add(kv[0]);
            Resource c = ars(kv[0]);
            if (!core.contains(c, RDF.type, OWL.Class)) {
                problems.add("missing class ars:" + kv[0]);
                continue;
            }
            Set<String> parents = core.listObjectsOfProperty(c, RDFS.subClassOf).toList().stream()
                    .filter(RDFNode::isURIResource).map(OntologyQualityTest::shortName).collect(Collectors.toCollection(TreeSet::new));
            Set<String> want = kv[1].isEmpty() ? Set.of() : Set.of("ars:" + kv[1]);
            if (!parents.equals(want)) problems.add("ars:" + kv[0] + " has superclasses " + parents + ", contract says " + want);
        }
        Set<String> extra = new TreeSet<>(select(core, "SELECT ?c WHERE { ?c a owl:Class FILTER STRSTARTS(STR(?c), STR(ars:)) }"));
        extra.removeAll(contractClasses.stream().map(c -> "ars:" + c).collect(Collectors.toSet()));
        if (!extra.isEmpty()) System.out.println("Contract: classes added beyond the term contract: " + extra);
        if (!problems.isEmpty()) fail("class hierarchy differs from the term contract:\n  " + String.join("\n  ", problems));
        System.out.println("Contract: " + contractClasses.size() + " contract classes present with the contracted superclass");
    }

    @Test
    void propertiesMatchTheContract() {
        List<String> problems = new ArrayList<>();
        checkProperties(OBJECT_PROPERTIES, OWL.ObjectProperty, problems);
        checkProperties(DATATYPE_PROPERTIES, OWL.DatatypeProperty, problems);
        if (!core.contains(ars("guidedBy"), RDFS.subPropertyOf, ars("accompaniedBy"))) problems.add("ars:guidedBy must be a subproperty of ars:accompaniedBy");
        if (!core.contains(ars("producedAt"), OWL.inverseOf, ars("produces"))) problems.add("ars:producedAt must be owl:inverseOf ars:produces");
        if (!core.contains(ars("locatedIn"), RDF.type, OWL.TransitiveProperty)) problems.add("ars:locatedIn must be transitive");
        if (!core.contains(ars("certaintyRank"), RDF.type, OWL.FunctionalProperty)) problems.add("ars:certaintyRank must be functional");
        if (!core.contains(ars("claimPredicate"), RDF.type, OWL.AnnotationProperty)) problems.add("ars:claimPredicate must be an annotation property");
        if (core.contains(ars("claimPredicate"), RDF.type, OWL.ObjectProperty)) problems.add("ars:claimPredicate must not be an object property");
        if (!problems.isEmpty()) fail("properties differ from the term contract:\n  " + String.join("\n  ", problems));
    }

    private static void checkProperties(String table, Resource type, List<String> problems) {
        for (String line : table.trim().split("\n")) {
            String[] f = line.trim().split("\\s+");
            Resource p = ars(f[0]);
            if (!core.contains(p, RDF.type, type)) {
                problems.add("ars:" + f[0] + " is not declared as " + shortName(type));
                continue;
            }
            List<Statement> domains = core.listStatements(p, RDFS.domain, (RDFNode) null).toList();
            List<Statement> ranges = core.listStatements(p, RDFS.range, (RDFNode) null).toList();
            if (domains.size() != 1 || !classExpression(domains.get(0).getObject()).equals(expected(f[1]))) {
                problems.add("ars:" + f[0] + " domain " + domains.stream().map(s -> classExpression(s.getObject())).toList() + ", contract " + expected(f[1]));
            }
            if (ranges.size() != 1 || !classExpression(ranges.get(0).getObject()).equals(expected(f[2]))) {
                problems.add("ars:" + f[0] + " range " + ranges.stream().map(s -> classExpression(s.getObject())).toList() + ", contract " + expected(f[2]));
            }
        }
    }

    @Test
    void disjointnessMatchesTheContract() {
        List<String> rows = select(core, """
                SELECT ?m WHERE { ?x a owl:AllDisjointClasses ; owl:members/rdf:rest*/rdf:first ?m }
                """);
        Set<String> members = new TreeSet<>(rows);
        Set<String> want = new TreeSet<>();
        for (String c : "Agent Location Facility Product Event Post Affiliation Report TextSpan Claim CertaintyLevel DatePrecision IdentityCandidate".split(" ")) {
            want.add("ars:" + c);
        }
        assertEquals(want, members, "pairwise-disjoint top classes");
        assertTrue(core.contains(ars("Person"), OWL.disjointWith, ars("Organization")), "Person and Organization must be disjoint");
        assertTrue(core.contains(ars("Country"), OWL.disjointWith, ars("Place")), "Country and Place must be disjoint");
    }

    @Test
    void namedIndividualsMatchTheContract() {
        Map<String, Integer> ranks = Map.of("Confirmed", 4, "Probable", 3, "Possible", 2, "Alleged", 1);
        List<String> problems = new ArrayList<>();
        ranks.forEach((name, rank) -> {
            Resource i = ars(name);
            if (!core.contains(i, RDF.type, ars("CertaintyLevel"))) problems.add("ars:" + name + " is not an ars:CertaintyLevel");
            List<RDFNode> values = core.listObjectsOfProperty(i, ars("certaintyRank").as(org.apache.jena.rdf.model.Property.class)).toList();
            if (values.size() != 1 || !values.get(0).isLiteral() || values.get(0).asLiteral().getInt() != rank
                    || !values.get(0).asLiteral().getDatatypeURI().equals("http://www.w3.org/2001/XMLSchema#integer")) {
                problems.add("ars:" + name + " certaintyRank " + values + ", contract " + rank + " (xsd:integer)");
            }
        });
        for (String name : List.of("DayPrecision", "MonthPrecision", "YearPrecision")) {
            if (!core.contains(ars(name), RDF.type, ars("DatePrecision"))) problems.add("ars:" + name + " is not an ars:DatePrecision");
        }
        if (!problems.isEmpty()) fail(String.join("\n", problems));
    }
}
