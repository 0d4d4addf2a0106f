package org.w3id.arsenal.text;

/** A token with its character span in the report body. */
public record Token(int begin, int end, String text) {

    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    public boolean isWord() {
        return !text.isEmpty() && Character.isLetterOrDigit(text.codePointAt(0));
    }

    public String lower() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }
}
