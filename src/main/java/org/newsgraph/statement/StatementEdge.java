package org.newsgraph.statement;

import org.newsgraph.graphql.Edge;

/** A statement in a page, with its cursor. */
public class StatementEdge extends Edge<Statement> {
    public StatementEdge(Statement node) {
        super(node);
    }
}
