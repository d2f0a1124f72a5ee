package org.newsgraph.deployment;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.newsgraph.article.Article;
import org.newsgraph.graphql.Batch;
import org.newsgraph.graphql.Ids;
import org.newsgraph.graphql.PageRequest;
import org.newsgraph.graphql.Where;
import org.newsgraph.statement.Statement;

/** The deployments of the graph and the fields that lead from a deployment to its article and statements. */
@GraphQLApi
public class DeploymentApi {

    @Query
    @NonNull
    @Description("Troop deployments the articles report, in the order they were ingested")
    public DeploymentConnection deployments(@Valid DeploymentFilter filter, Integer first, String after) {
        var page = PageRequest.of(first, after);
        var where = new Where();
        if (filter != null) {
            where.and("lower(origin) = :origin", "origin", lower(filter.origin()))
                    .and("lower(hostCountry) = :host", "host", lower(filter.hostCountry()))
                    .and("status = :status", "status", filter.status());
        }
        List<Deployment> rows = page.fetch(Deployment.find(where.pageJpql(), where.pageParams(page)));
        return new DeploymentConnection(rows, Deployment.count(where.jpql(), where.params()), page);
    }

    @Query
    @Description("One deployment by id; null if there is none")
    public Deployment deployment(@NonNull @Id String id) {
        return Deployment.findById(Ids.parse(id));
    }

    // Each field below answers for a whole batch of deployments in one query.

    @NonNull
    @Description("Training the troops received, as the article lists it")
    public List<@NonNull List<@NonNull String>> training(@Source List<Deployment> deployments) {
        return Batch.lists(deployments, Deployment.trainingOf(Ids.of(deployments)));
    }

    @NonNull
    @Description("The article that reports the deployment")
    public List<@NonNull Article> article(@Source List<Deployment> deployments) {
        return Batch.singles(deployments, Deployment.articlesOf(Ids.of(deployments)));
    }

    @NonNull
    @Description("Statements about this deployment")
    public List<@NonNull List<@NonNull Statement>> statements(@Source List<Deployment> deployments) {
        return Batch.lists(deployments, Deployment.statementsOf(Ids.of(deployments)));
    }

    private static String lower(String s) {
        return s == null ? null : s.trim().toLowerCase(Locale.ROOT);
    }
}
