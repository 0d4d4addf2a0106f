package org.w3id.arsenal.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.arsenal.InputException;

class CsvTest {

    private static List<List<String>> fields(String text) {
        return Csv.parse("t.csv", text).stream().map(Csv.Row::fields).toList();
    }

    @Test
    void plainQuotedAndEmptyFields() {
        assertEquals(List.of(List.of("a", "b c", "", "d")), fields("a,\"b c\",,d\n"));
        assertEquals(List.of(List.of("a", "")), fields("a,"));
        assertEquals(List.of(List.of("x", "y"), List.of("z")), fields("x,y\nz"));
    }

    @Test
    void doubledQuotesCommasAndLineBreaksInsideQuotes() {
        assertEquals(List.of(List.of("say \"hi\"", "a,b", "two\nlines", "crlf\r\nkept")),
                fields("\"say \"\"hi\"\"\",\"a,b\",\"two\nlines\",\"crlf\r\nkept\"\r\n"));
    }

    @Test
    void rowsKeepTheLineTheyStartOn() {
        List<Csv.Row> rows = Csv.parse("t.csv", "h1,h2\r\n\"multi\nline\",x\r\nlast,y\r\n");
        assertEquals(List.of(1, 2, 4), rows.stream().map(Csv.Row::line).toList());
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstColumn() {
        assertEquals(List.of(List.of("kind", "subject")), fields("\uFEFFkind,subject\n"));
    }

    @Test
    void brokenQuotingIsAnErrorAtItsLine() {
        InputException e = assertThrows(InputException.class, () -> fields("a,b\nc,\"open\nstill open\n"));
        assertEquals("t.csv:2: unbalanced quote: the quoted field opened on this line never closes", e.getMessage());
        e = assertThrows(InputException.class, () -> fields("a,b\nc,d\"e\n"));
        assertEquals("t.csv:2: a quote inside an unquoted field: quote the whole field and double the quote (\"\")",
                e.getMessage());
        e = assertThrows(InputException.class, () -> fields("a\n\"closed\"x,b\n"));
        assertEquals("t.csv:2: text after a closing quote: a quoted field must end at a comma or the line end",
                e.getMessage());
    }
}
