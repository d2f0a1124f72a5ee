package org.newsgraph.statement;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.newsgraph.Lengths;

/** Which statements to list; unset fields do not filter. */
@Description("Which statements to list; fields left out do not filter")
@Input("StatementFilter")
public record StatementFilter(
        @Id @Description("Only what this person said") String speaker,
        @Id @Description("Only statements from this article") String article,
        @Size(max = Lengths.TITLE) @Description("Words that must all appear in the quotation, any case") String text,
        @Description("Only statements made on or after this day") LocalDate statedFrom,
        @Description("Only statements made on or before this day") LocalDate statedTo) {
}
