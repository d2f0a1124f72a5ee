package org.newsgraph;

/**
 * Longest values the database columns hold, in characters: one place for the entities' columns and checks, the
 * inputs' limits and what ingestion clips extracted text to, so they cannot drift apart. The migrations repeat them
 * in SQL.
 */
public final class Lengths {

    /** A person's or place's name, an outlet, a byline, a training or equipment item. */
    public static final int NAME = 200;
    /** A role, an alias, a source or claimant as written. */
    public static final int PHRASE = 300;
    public static final int TITLE = 500;
    public static final int URL = 2048;

    private Lengths() {
    }
}
