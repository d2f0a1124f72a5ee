package org.newsgraph.article;

import org.newsgraph.graphql.Edge;

/** A article in a page, with its cursor. */
public class ArticleEdge extends Edge<Article> {
    public ArticleEdge(Article node) {
        super(node);
    }
}
