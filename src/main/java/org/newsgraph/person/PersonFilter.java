package org.newsgraph.person;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.newsgraph.Lengths;

/** Which people to list; unset fields do not filter. */
@Description("Which people to list; fields left out do not filter")
@Input("PersonFilter")
public record PersonFilter(
        @Size(max = Lengths.NAME) @Description("Part of the name or of an alias, any case") String name,
        @Size(max = Lengths.NAME) @Description("Part of the affiliation, any case") String affiliation) {
}
