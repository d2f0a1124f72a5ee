package org.newsgraph.extract;

import org.eclipse.microprofile.graphql.Description;

/** How the article ties a quotation to its source; the values of the evaluation gold. */
@Description("How the article ties a quotation to its source")
public enum Attribution {
    @Description("The speaker is named in the same sentence")
    EXPLICIT, @Description("A pronoun (\"he said\") refers back to a named speaker")
    PRONOUN, @Description("A description (\"the top US diplomat said\") refers back to a named speaker")
    DESCRIPTOR, @Description("The attribution is in the sentence before")
    PREVIOUS_SENTENCE, @Description("A paragraph of quotation with no attribution continues the previous speaker")
    CONTINUATION_PARAGRAPH, @Description("An organisation, not a person, is the source")
    ORGANIZATION, @Description("The quotation is in a headline")
    HEADLINE, @Description("No source is given")
    UNATTRIBUTED
}
