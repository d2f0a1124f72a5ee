package org.newsgraph.extract;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the extractor reads: the article's text, exactly as stored, and its publication date when known (relative dates
 * such as "Thursday" resolve against it).
 */
public record ArticleText(String text, LocalDate publishedOn) {
    public ArticleText {
        Objects.requireNonNull(text, "text");
    }
}
