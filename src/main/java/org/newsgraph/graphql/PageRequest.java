package org.newsgraph.graphql;

import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;

/** The validated {@code first}/{@code after} arguments of a connection field. */
public record PageRequest(int limit, long afterId) {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    /** @throws InvalidInputException when {@code first} is negative or above {@value #MAX_SIZE}, or the cursor bad */
    public static PageRequest of(Integer first, String after) {
        int limit = first == null ? DEFAULT_SIZE : first;
        if (limit < 0 || limit > MAX_SIZE) {
            throw new InvalidInputException("first must be between 0 and " + MAX_SIZE + ", was " + limit);
        }
        return new PageRequest(limit, after == null ? 0 : Cursor.decode(after));
    }

    /** Runs the query for this page's rows, plus one that only tells whether another page follows. */
    public <T> List<T> fetch(PanacheQuery<T> query) {
        return query.page(Page.ofSize(fetchSize())).list();
    }

    /** Rows to fetch: one more than the page, to learn whether another page follows. */
    public int fetchSize() {
        return limit + 1;
    }
}
