package org.w3id.arsenal.serve.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

/** Dates are said at the precision the report gives, never more. */
class WhenTest {

    static Node lit(String lex, XSDDatatype type) {
        return NodeFactory.createLiteralDT(lex, type);
    }

    @Test
    void dayMonthYearAndIntervals() {
        When day = When.of(lit("2022-11-09", XSDDatatype.XSDdate), null, null);
        assertEquals("on 9 November 2022", day.phrase());
        assertEquals("9 Nov 2022", day.compact());
        assertTrue(day.exactDay());

        When month = When.of(lit("2023-08", XSDDatatype.XSDgYearMonth), null, null);
        assertEquals("in August 2023", month.phrase());
        assertEquals("2023-08-31", month.last().toString());
        assertFalse(month.exactDay());

        When year = When.of(lit("2024", XSDDatatype.XSDgYear), null, null);
        assertEquals("in 2024", year.phrase());
        assertEquals("2024-12-31", year.last().toString());

        When tour = When.of(null, lit("2023-08-03", XSDDatatype.XSDdate), lit("2023-08-05", XSDDatatype.XSDdate));
        assertEquals("from 3 to 5 August 2023", tour.phrase());
        assertEquals("3–5 Aug 2023", tour.compact());
        When across = When.of(null, lit("2023-07", XSDDatatype.XSDgYearMonth), lit("2024", XSDDatatype.XSDgYear));
        assertEquals("from July 2023 to 2024", across.phrase());
        assertEquals("from 3 August 2023", When.of(null, lit("2023-08-03", XSDDatatype.XSDdate), null).phrase());
    }

    @Test
    void notADateIsNoDate() {
        assertNull(When.of(NodeFactory.createLiteralString("last spring"), null, null));
        assertNull(When.of(null, null, null));
        assertNull(When.of(lit("2023-13", XSDDatatype.XSDgYearMonth), null, null));
    }
}
