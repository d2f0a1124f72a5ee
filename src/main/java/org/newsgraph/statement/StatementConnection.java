package org.newsgraph.statement;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.newsgraph.graphql.Connection;
import org.newsgraph.graphql.PageRequest;

/** A page of statements. */
@Description("A page of statements")
public class StatementConnection extends Connection<Statement, StatementEdge> {
    public StatementConnection(List<Statement> rows, long totalCount, PageRequest page) {
        super(rows, totalCount, page, StatementEdge::new);
    }
}
