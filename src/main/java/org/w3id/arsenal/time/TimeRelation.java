package org.w3id.arsenal.time;

/**
 * How the thing a sentence dates relates to a time mention: "in 2023" {@link #AT}; "before August" {@link #BEFORE};
 * "after/following/followed ... in July 2024" {@link #AFTER} (the thing happened after the event of July 2024);
 * "since March" {@link #SINCE}; "until/through/by 2025" {@link #UNTIL}.
 */
public enum TimeRelation { AT, BEFORE, AFTER, SINCE, UNTIL }
