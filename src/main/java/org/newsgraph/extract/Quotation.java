package org.newsgraph.extract;

import java.time.LocalDate;

/**
 * A verbatim quotation. {@code text} is exactly {@code article.substring(start, end)}, without the quote marks.
 * {@code speaker} is the {@link PersonMention#name()} of the person behind it, or null when no person is (then
 * {@code source} names the organisation or the unnamed official, if the text does). {@code context} is the sentence or
 * paragraph that holds the quotation and its attribution.
 */
public record Quotation(String text, int start, int end, String speaker, String source, Attribution attribution,
        LocalDate statedOn, String context) {
}
