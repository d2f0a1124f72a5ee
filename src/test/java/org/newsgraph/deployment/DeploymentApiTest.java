package org.newsgraph.deployment;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.newsgraph.graphql.GraphQL.graphql;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DeploymentApiTest {
    private static final String KURSK = """
            { deployments(first: 100, filter: { origin: "north korea", hostCountry: "RUSSIA" }) {
                nodes { id origin hostCountry region troops troopsQualifier status training claimedBy evidence
                        article { outlet } statements { speaker { name } } } } }""";

    @Test
    void theSeedReportsBothTroopCounts() {
        graphql(KURSK)
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.deployments.nodes.troops", hasItems(8000, 10000))
                .body("data.deployments.nodes.find { it.troops == 8000 }.region", equalTo("Kursk"))
                .body("data.deployments.nodes.find { it.troops == 8000 }.troopsQualifier", equalTo("UP_TO"))
                .body("data.deployments.nodes.find { it.troops == 8000 }.training", hasItem("trench clearing"))
                .body("data.deployments.nodes.find { it.troops == 8000 }.article.outlet", equalTo("CNN"))
                .body("data.deployments.nodes.find { it.troops == 10000 }.claimedBy", equalTo("the US"));
    }

    @Test
    void deploymentsAreFilteredByOriginHostAndStatus() {
        graphql("""
                { deployments(filter: { origin: "Atlantis" }) { totalCount } }""")
                .body("data.deployments.totalCount", is(0));
        graphql("""
                { deployments(first: 100, filter: { hostCountry: "russia" }) { nodes { hostCountry } } }""")
                .body("data.deployments.nodes.hostCountry", everyItem(equalTo("Russia")));
        graphql("""
                { deployments(first: 100, filter: { status: WITHDRAWN }) { nodes { status } } }""")
                .body("data.deployments.nodes.status", everyItem(equalTo("WITHDRAWN")))
                .body("data.deployments.nodes.status", not(hasItem("DEPLOYED")));
        graphql("""
                { deployments(filter: { status: NOT_A_STATUS }) { totalCount } }""")
                .body("errors[0].extensions.code", equalTo("graphql-validation-failed"));
    }

    @Test
    void aDeploymentIsFoundByIdAndAnUnknownIdGivesNull() {
        String id = graphql(KURSK).extract().path("data.deployments.nodes[0].id");
        graphql("""
                query($id: ID!) { deployment(id: $id) { id origin } }""", Map.of("id", id))
                .body("data.deployment.id", equalTo(id))
                .body("data.deployment.origin", equalTo("North Korea"));
        graphql("""
                { deployment(id: "77777777") { id } }""")
                .body("errors", nullValue())
                .body("data.deployment", nullValue());
    }
}
