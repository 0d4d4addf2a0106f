package org.w3id.arsenal.text;

import java.util.List;

/**
 * A sentence of the report body: its position among the document's sentences, its character span in the body
 * and its tokens (spans in the body too, so every later annotation points back into the report).
 */
public record Sentence(int index, int begin, int end, String text, List<Token> tokens) {

    /** The text of tokens [from, to) as it stands in the sentence. */
    public String text(int fromToken, int toToken) {
        return text.substring(tokens.get(fromToken).begin() - begin, tokens.get(toToken - 1).end() - begin);
    }
}
