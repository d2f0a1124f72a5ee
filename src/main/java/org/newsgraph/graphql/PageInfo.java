package org.newsgraph.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** Where a page ends and whether another follows. */
@Description("Where a page ends and whether another follows")
public class PageInfo {
    @NonNull
    @Description("True when a request with `after: endCursor` would return more")
    public boolean hasNextPage;

    @Description("The cursor of the last edge of this page; null on an empty page")
    public String endCursor;

    public PageInfo(boolean hasNextPage, String endCursor) {
        this.hasNextPage = hasNextPage;
        this.endCursor = endCursor;
    }
}
