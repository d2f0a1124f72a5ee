package org.newsgraph.graphql;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A page of a list that grows (Relay's connection shape). Subclasses only fix the types, so that the schema has
 * {@code PersonConnection} and {@code PersonEdge} rather than generic names.
 */
// GraphQL reads these public fields by reflection; registering the subclasses does not cover inherited fields.
@RegisterForReflection
public abstract class Connection<T extends NodeEntity, E extends Edge<T>> {
    @NonNull
    @Description("How many items match, across all pages")
    public int totalCount;

    @NonNull
    public PageInfo pageInfo;

    @NonNull
    public List<@NonNull E> edges;

    @NonNull
    @Description("The items of this page, for clients that need no cursors")
    public List<@NonNull T> nodes;

    /**
     * @param rows up to {@code page.limit() + 1} rows after the cursor, in id order: the extra row only tells that
     *        another page exists
     */
    protected Connection(List<T> rows, long totalCount, PageRequest page, Function<T, E> edge) {
        this.totalCount = Math.toIntExact(totalCount);
        this.nodes = rows.size() > page.limit() ? List.copyOf(rows.subList(0, page.limit())) : List.copyOf(rows);
        this.edges = nodes.stream().map(edge).toList();
        this.pageInfo = new PageInfo(rows.size() > page.limit(),
                edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor);
    }
}
