package org.newsgraph.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * A verbatim quotation, without its quote marks. Most quotations are one stretch of the article, and then
 * {@code text} is exactly {@code article.substring(start, end)}. A quotation interrupted by its attribution
 * ({@code "We will," she said, "respond."}) is one quotation of several {@code parts}: {@code text} is their words
 * joined by a space, and [{@code start}, {@code end}) runs from the first part to the last, attribution included.
 * {@code speaker} is the {@link PersonMention#name()} of the person behind it, or null when no person is (then
 * {@code source} names the organisation or the unnamed official, if the text does). {@code context} is the sentence or
 * paragraph that holds the quotation and its attribution.
 */
public record Quotation(String text, int start, int end, String speaker, String source, Attribution attribution,
        LocalDate statedOn, String context, List<Part> parts) {

    public Quotation {
        parts = List.copyOf(parts);
    }

    /** One stretch of the quoted words: exactly {@code article.substring(start, end)}. */
    public record Part(int start, int end) {
    }
}
