package org.newsgraph.article;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.newsgraph.graphql.Connection;
import org.newsgraph.graphql.PageRequest;

/** A page of articles. */
@Description("A page of articles")
public class ArticleConnection extends Connection<Article, ArticleEdge> {
    public ArticleConnection(List<Article> rows, long totalCount, PageRequest page) {
        super(rows, totalCount, page, ArticleEdge::new);
    }
}
