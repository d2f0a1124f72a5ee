package org.newsgraph.extract;

/** A half-open range [{@code start}, {@code end}) of the article text. */
record Span(int start, int end) {

    boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    boolean covers(int from, int to) {
        return from >= start && to <= end;
    }
}
