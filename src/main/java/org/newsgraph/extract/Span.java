package org.newsgraph.extract;

/** A half-open range [{@code start}, {@code end}) of the article text. */
record Span(int start, int end) {

    /** Longest context or evidence kept: a pathological "sentence" of a whole article must not be copied per item. */
    static final int MAX_CONTEXT = 1200;

    boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    /** This span, cut to {@link #MAX_CONTEXT} characters around [{@code from}, {@code to}) when longer. */
    Span around(int from, int to) {
        if (end - start <= MAX_CONTEXT) {
            return this;
        }
        int margin = Math.max(0, (MAX_CONTEXT - (to - from)) / 2);
        return new Span(Math.max(start, from - margin), Math.min(end, Math.max(to, from) + margin));
    }
}
