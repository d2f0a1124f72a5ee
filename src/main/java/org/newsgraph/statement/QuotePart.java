package org.newsgraph.statement;

import jakarta.persistence.Embeddable;

import org.eclipse.microprofile.graphql.Description;

/** One stretch of an article's text that holds quoted words. */
@Embeddable
@Description("One stretch of the article's text that holds quoted words, without quote marks")
public class QuotePart {
    @Description("Where the stretch starts in the article's text")
    public int startOffset;

    @Description("Where the stretch ends in the article's text (exclusive)")
    public int endOffset;

    public QuotePart() {
    }

    public QuotePart(int startOffset, int endOffset) {
        this.startOffset = startOffset;
        this.endOffset = endOffset;
    }
}
