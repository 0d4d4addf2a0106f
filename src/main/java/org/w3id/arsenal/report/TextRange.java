package org.w3id.arsenal.report;

import java.util.Objects;

/**
 * A span {@code [begin, end)} of a report's body, with why it was singled out.
 *
 * @param reason short and human-readable, e.g. "author biography"
 */
public record TextRange(int begin, int end, String reason) {

    public TextRange {
        Objects.requireNonNull(reason, "reason");
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("not a span: [" + begin + ", " + end + ")");
        }
    }

    public int length() {
        return end - begin;
    }

    public boolean contains(int offset) {
        return offset >= begin && offset < end;
    }

    /** True when the two spans share at least one character. */
    public boolean overlaps(int otherBegin, int otherEnd) {
        return otherBegin < end && begin < otherEnd;
    }

    public String of(String body) {
        return body.substring(begin, end);
    }
}
