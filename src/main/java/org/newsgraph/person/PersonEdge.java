package org.newsgraph.person;

import org.newsgraph.graphql.Edge;

/** A person in a page, with its cursor. */
public class PersonEdge extends Edge<Person> {
    public PersonEdge(Person node) {
        super(node);
    }
}
