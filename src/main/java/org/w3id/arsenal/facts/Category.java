package org.w3id.arsenal.facts;

import java.util.Locale;

/** What is scored separately: entities, relations (kind, subject, object), and relations with their {@code when}. */
public enum Category {
    ENTITIES, RELATIONS, DATED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
