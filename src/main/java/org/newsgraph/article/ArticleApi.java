package org.newsgraph.article;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.newsgraph.deployment.Deployment;
import org.newsgraph.graphql.Batch;
import org.newsgraph.graphql.Ids;
import org.newsgraph.graphql.PageRequest;
import org.newsgraph.graphql.Where;
import org.newsgraph.ingest.ArticleSubmission;
import org.newsgraph.ingest.IngestService;
import org.newsgraph.person.Person;
import org.newsgraph.statement.Statement;

/** Articles: listing them, ingesting one, and the fields that lead from an article to what was found in it. */
@GraphQLApi
public class ArticleApi {
    @Inject
    IngestService ingest;

    @Query
    @NonNull
    @Description("Ingested articles, in the order they were ingested")
    public ArticleConnection articles(Integer first, String after) {
        var page = PageRequest.of(first, after);
        var where = new Where();
        List<Article> rows = page.fetch(Article.find(where.pageJpql(), where.pageParams(page)));
        return new ArticleConnection(rows, Article.count(), page);
    }

    @Query
    @Description("One article by id; null if there is none")
    public Article article(@NonNull @Id String id) {
        return Article.findById(Ids.parse(id));
    }

    @Mutation
    @NonNull
    @RolesAllowed("editor")
    @Description("Extracts the people, statements and deployments of an article and stores them, all or nothing. "
            + "The same text again creates nothing. Needs the editor role.")
    public ArticleIngestPayload articleIngest(@NonNull @Valid ArticleInput input) {
        var result = ingest.ingest(new ArticleSubmission(input.text(), input.title(), input.url(), input.outlet(),
                input.publishedOn(), input.byline() == null ? List.of() : input.byline()));
        return new ArticleIngestPayload(result.article(), result.created());
    }

    // Each field below answers for a whole batch of articles in one query.

    @NonNull
    @Description("Who wrote or contributed to the article")
    public List<@NonNull List<@NonNull String>> byline(@Source List<Article> articles) {
        return Batch.lists(articles, Article.bylines(Ids.of(articles)));
    }

    @NonNull
    @Description("The people the article names")
    public List<@NonNull List<@NonNull Person>> people(@Source List<Article> articles) {
        return Batch.lists(articles, Person.byArticles(Ids.of(articles)));
    }

    @NonNull
    @Description("The article's quotations, in reading order")
    public List<@NonNull List<@NonNull Statement>> statements(@Source List<Article> articles) {
        return Batch.lists(articles, Statement.byArticles(Ids.of(articles)));
    }

    @NonNull
    @Description("The deployments the article reports, in reading order")
    public List<@NonNull List<@NonNull Deployment>> deployments(@Source List<Article> articles) {
        return Batch.lists(articles, Deployment.byArticles(Ids.of(articles)));
    }
}
