package org.newsgraph.graphql;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.graphql.GraphQL.graphql;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SchemaTest {

    /**
     * Every schema change shows as a diff of src/test/resources/schema.graphql. To accept a change, save what
     * /graphql/schema.graphql serves over that file.
     */
    @Test
    void theServedSchemaIsTheCommittedSnapshot() throws IOException {
        String served = given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        String snapshot;
        try (InputStream in = SchemaTest.class.getResourceAsStream("/schema.graphql")) {
            snapshot = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(snapshot.strip(), served.strip());
    }

    /** The names of DESIGN.md's contract, which front-ends and the evaluation tools rely on. */
    static Stream<Arguments> contract() {
        return Stream.of(
                Arguments.of("Query", new String[]{"people", "person", "statements", "statement", "deployments",
                        "deployment", "articles", "article"}),
                Arguments.of("Mutation", new String[]{"articleIngest"}),
                Arguments.of("ArticleIngestPayload", new String[]{"article", "created"}),
                Arguments.of("Person", new String[]{"id", "name", "aliases", "role", "affiliation", "statements",
                        "articles"}),
                Arguments.of("Statement", new String[]{"id", "text", "speaker", "article", "context", "startOffset",
                        "endOffset", "statedOn", "attribution", "deployments"}),
                Arguments.of("Deployment", new String[]{"id", "origin", "hostCountry", "region", "troops",
                        "troopsQualifier", "status", "training", "claimedBy", "evidence", "article", "statements"}),
                Arguments.of("Article", new String[]{"id", "title", "outlet", "url", "publishedOn", "byline", "text",
                        "people", "statements", "deployments"}),
                Arguments.of("PersonConnection", new String[]{"totalCount", "pageInfo", "edges", "nodes"}),
                Arguments.of("StatementConnection", new String[]{"totalCount", "pageInfo", "edges", "nodes"}),
                Arguments.of("DeploymentConnection", new String[]{"totalCount", "pageInfo", "edges", "nodes"}),
                Arguments.of("ArticleConnection", new String[]{"totalCount", "pageInfo", "edges", "nodes"}),
                Arguments.of("PersonEdge", new String[]{"cursor", "node"}),
                Arguments.of("StatementEdge", new String[]{"cursor", "node"}),
                Arguments.of("DeploymentEdge", new String[]{"cursor", "node"}),
                Arguments.of("ArticleEdge", new String[]{"cursor", "node"}),
                Arguments.of("PageInfo", new String[]{"hasNextPage", "endCursor"}));
    }

    @ParameterizedTest
    @MethodSource("contract")
    void everyTypeAndFieldOfTheContractIsServed(String type, String[] fields) {
        graphql("query($t: String!) { __type(name: $t) { fields { name } } }", Map.of("t", type))
                .body("data.__type.fields.name", hasItems(fields));
    }

    @ParameterizedTest
    @MethodSource("inputsAndEnums")
    void everyInputAndEnumOfTheContractIsServed(String type, String[] members) {
        graphql("query($t: String!) { __type(name: $t) { inputFields { name } enumValues { name } } }",
                Map.of("t", type))
                .body(type.endsWith("Input") || type.endsWith("Filter")
                        ? "data.__type.inputFields.name"
                        : "data.__type.enumValues.name", hasItems(members));
    }

    static Stream<Arguments> inputsAndEnums() {
        return Stream.of(
                Arguments.of("ArticleInput", new String[]{"text", "title", "url", "outlet", "publishedOn"}),
                Arguments.of("PersonFilter", new String[]{"name", "affiliation"}),
                Arguments.of("StatementFilter", new String[]{"speaker", "article", "text", "statedFrom", "statedTo"}),
                Arguments.of("DeploymentFilter", new String[]{"origin", "hostCountry", "status"}),
                Arguments.of("Attribution", new String[]{"EXPLICIT", "PRONOUN", "DESCRIPTOR"}),
                Arguments.of("TroopsQualifier", new String[]{"UP_TO", "ABOUT", "MORE_THAN"}),
                Arguments.of("DeploymentStatus", new String[]{"DEPLOYED", "WITHDRAWN", "EXPECTED"}));
    }
}
