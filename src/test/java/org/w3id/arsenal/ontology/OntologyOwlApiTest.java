package org.w3id.arsenal.ontology;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.formats.TurtleDocumentFormat;
import org.semanticweb.owlapi.io.FileDocumentSource;
import org.semanticweb.owlapi.io.OWLOntologyLoaderMetaData;
import org.semanticweb.owlapi.io.RDFTriple;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.MissingImportHandlingStrategy;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLDocumentFormat;
import org.semanticweb.owlapi.model.OWLEntity;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyIRIMapper;
import org.semanticweb.owlapi.model.OWLOntologyLoaderConfiguration;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.model.parameters.Imports;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/**
 * Loads the ontology modules the way Protégé does (OWL API, imports resolved through catalog-v001.xml, never
 * the network), then checks parsing, the OWL 2 DL profile and HermiT consistency/satisfiability.
 *
 * <p>Strictness: OWL API's {@code setStrict(true)} mode rejects valid OWL 2 RDF mappings of anonymous
 * union classes typed owl:Class (used here for "A or B" domains and ranges), so it cannot be used. Instead
 * the test loads with the Turtle parser only (no fallback to other parsers that could hide a Turtle
 * error), throws on missing imports, and then requires: no unparsed triples, no OWL API error entities,
 * zero OWL 2 DL profile violations (which include every use of an undeclared entity) and every ars: IRI in
 * the signature declared in the core file.
 */
class OntologyOwlApiTest {

    private static final String ERROR_ENTITY_PREFIX = "http://org.semanticweb.owlapi/error#";

    /** Maps ontology IRIs through the catalog; an unmapped IRI fails loudly instead of reaching the network. */
    private static OWLOntologyIRIMapper catalogMapper() {
        Map<String, Path> catalog = OntologyFiles.catalog();
        return iri -> {
            Path file = catalog.get(iri.toString());
            if (file == null) {
                throw new IllegalStateException("import " + iri + " is not in " + OntologyFiles.CATALOG
                        + ": the ontology must open offline");
            }
            return IRI.create(file.toAbsolutePath().toUri());
        };
    }

    private static OWLOntologyManager manager() {
        OWLOntologyManager m = OWLManager.createOWLOntologyManager();
        m.getIRIMappers().clear();
        m.getIRIMappers().add(catalogMapper());
        OWLOntologyLoaderConfiguration config = m.getOntologyLoaderConfiguration()
                .setMissingImportHandlingStrategy(MissingImportHandlingStrategy.THROW_EXCEPTION)
                .setReportStackTraces(true)
                .setStrict(false);
        m.setOntologyLoaderConfiguration(config);
        return m;
    }

    private static OWLOntology load(OWLOntologyManager m, Path file) throws Exception {
        return m.loadOntologyFromOntologyDocument(new FileDocumentSource(file.toFile(), new TurtleDocumentFormat()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"arsenal.ttl", "arsenal-align.ttl"})
    void parsesAsOwl2DlAndIsCoherent(String fileName) throws Exception {
        Path file = OntologyFiles.DIR.resolve(fileName);
        OWLOntologyManager m = manager();
        OWLOntology o = load(m, file);

        OWLDocumentFormat format = o.getFormat();
        OWLOntologyLoaderMetaData meta = format.getOntologyLoaderMetaData()
                .orElseThrow(() -> new AssertionError("no loader metadata for " + fileName));
        List<RDFTriple> unparsed = meta.getUnparsedTriples().collect(Collectors.toList());
        List<String> errorEntities = o.signature(Imports.INCLUDED)
                .map(e -> e.getIRI().toString()).filter(s -> s.startsWith(ERROR_ENTITY_PREFIX))
                .sorted().collect(Collectors.toList());

        List<OWLProfileViolation> violations = new ArrayList<>();
        for (OWLOntology each : o.importsClosure().collect(Collectors.toList())) {
            violations.addAll(new OWL2DLProfile().checkOntology(each).getViolations());
        }

        OWLReasoner reasoner = new ReasonerFactory().createReasoner(o);
        boolean consistent;
        Set<OWLClass> unsatisfiable;
        try {
            consistent = reasoner.isConsistent();
            unsatisfiable = consistent ? reasoner.getUnsatisfiableClasses().getEntitiesMinusBottom() : Set.of();
        } finally {
            reasoner.dispose();
        }

        long classes = o.classesInSignature(Imports.INCLUDED).count();
        long objectProperties = o.objectPropertiesInSignature(Imports.INCLUDED).count();
        long dataProperties = o.dataPropertiesInSignature(Imports.INCLUDED).count();
        long individuals = o.individualsInSignature(Imports.INCLUDED).count();
        String scope = o.imports().findAny().isPresent() ? " (with imports)" : "";
        System.out.printf("OWL API: %s%s parsed, %d classes, %d object properties, %d data properties, %d individuals,"
                        + " %d unparsed triples; OWL 2 DL violations: %d; HermiT: %s, %d unsatisfiable%n",
                fileName, scope, classes, objectProperties, dataProperties, individuals, unparsed.size(),
                violations.size(), consistent ? "consistent" : "INCONSISTENT", unsatisfiable.size());

        assertAll(fileName,
                () -> assertTrue(format instanceof TurtleDocumentFormat, "parsed as " + format),
                () -> assertEquals(List.of(), unparsed, "unparsed triples in " + fileName),
                () -> assertEquals(List.of(), errorEntities, "OWL API could not recognise these entities"),
                () -> assertTrue(violations.isEmpty(), "OWL 2 DL profile violations in " + fileName + ":\n"
                        + violations.stream().map(Object::toString).collect(Collectors.joining("\n"))),
                () -> assertTrue(consistent, fileName + " is inconsistent"),
                () -> assertEquals(Set.of(), unsatisfiable, "unsatisfiable classes in " + fileName));
    }

    @Test
    void alignmentImportsTheCoreThroughTheCatalog() throws Exception {
        OWLOntologyManager m = manager();
        OWLOntology align = load(m, OntologyFiles.ALIGN);
        List<String> imports = align.importsDeclarations().map(d -> d.getIRI().toString()).collect(Collectors.toList());
        assertEquals(List.of(OntologyFiles.CORE_IRI), imports, "the alignment module must import exactly the core");
        OWLOntology core = m.getOntology(IRI.create(OntologyFiles.CORE_IRI));
        assertTrue(core != null, "core ontology not loaded through the import");
        assertEquals(OntologyFiles.CORE.toAbsolutePath().toUri().toString(),
                m.getOntologyDocumentIRI(core).toString(), "import resolved to the wrong document");
        assertEquals("https://w3id.org/arsenal/ontology/0.1.0",
                core.getOntologyID().getVersionIRI().map(IRI::toString).orElse(null), "core versionIRI");
        System.out.println("OWL API: arsenal-align.ttl imports " + imports + " resolved offline via "
                + OntologyFiles.CATALOG);
    }

    @Test
    void everyArsenalTermUsedByTheAlignmentIsDeclaredInTheCore() throws Exception {
        OWLOntologyManager m = manager();
        OWLOntology align = load(m, OntologyFiles.ALIGN);
        OWLOntology core = m.getOntology(IRI.create(OntologyFiles.CORE_IRI));
        Set<IRI> declaredInCore = core.signature().filter(e -> core.isDeclared(e))
                .map(OWLEntity::getIRI).collect(Collectors.toSet());
        List<String> undeclared = align.signature(Imports.EXCLUDED)
                .map(OWLEntity::getIRI)
                .filter(iri -> iri.toString().startsWith(OntologyFiles.NS))
                .filter(iri -> !declaredInCore.contains(iri))
                .map(IRI::toString).distinct().sorted().collect(Collectors.toList());
        assertEquals(List.of(), undeclared, "ars: terms used in arsenal-align.ttl but not declared in arsenal.ttl");
    }
}
