package org.newsgraph.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** One item of a page and the cursor that points just after it. */
// GraphQL reads these public fields by reflection; registering the subclasses does not cover inherited fields.
@RegisterForReflection
public abstract class Edge<T extends NodeEntity> {
    @NonNull
    @Description("Pass as `after` to continue after this item")
    public String cursor;

    @NonNull
    public T node;

    protected Edge(T node) {
        this.cursor = Cursor.encode(node.id);
        this.node = node;
    }
}
