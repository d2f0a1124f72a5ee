package org.newsgraph.extract;

/**
 * Quoted words as found by {@link QuoteFinder}: the marks at {@code open} and {@code close} (close is the paragraph end
 * when the quotation runs on into the next paragraph), the trimmed text at [{@code start}, {@code end}), its paragraph,
 * and whether it continues a quotation from the previous paragraph or into the next one.
 */
record QuoteSpan(int open, int close, int start, int end, int paragraph, boolean continuesPrevious,
        boolean continuesNext) {

    /** The offset just after the closing mark (or the paragraph end). */
    int after() {
        return continuesNext ? close : close + 1;
    }
}
