package org.newsgraph.person;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.newsgraph.graphql.Connection;
import org.newsgraph.graphql.PageRequest;

/** A page of persons. */
@Description("A page of persons")
public class PersonConnection extends Connection<Person, PersonEdge> {
    public PersonConnection(List<Person> rows, long totalCount, PageRequest page) {
        super(rows, totalCount, page, PersonEdge::new);
    }
}
