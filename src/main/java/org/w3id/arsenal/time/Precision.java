package org.w3id.arsenal.time;

/** How precisely a date is known. Ordered from most to least precise. */
public enum Precision {
    DAY, MONTH, YEAR;

    public boolean atLeastAsPreciseAs(Precision other) {
        return ordinal() <= other.ordinal();
    }
}
