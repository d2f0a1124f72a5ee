package org.newsgraph.graphql;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.graphql.GraphQL.graphql;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PaginationTest {

    @ParameterizedTest
    @ValueSource(strings = {"people", "statements", "deployments", "articles"})
    void walkingEveryPageVisitsEveryItemOnceInOrder(String connection) {
        GraphQL.ingest(TestArticles.ministerQuotes(TestArticles.token(), 3), "2025-03-07");
        List<Long> seen = new ArrayList<>();
        String after = null;
        boolean hasNext = true;
        int total = -1;
        while (hasNext) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("after", after);
            var page = graphql(
                    "query($after: String) { %s(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }"
                            .formatted(connection),
                    variables)
                    .statusCode(200)
                    .body("errors", nullValue())
                    .extract();
            total = page.path("data.%s.totalCount".formatted(connection));
            List<String> ids = page.path("data.%s.edges.node.id".formatted(connection));
            List<String> cursors = page.path("data.%s.edges.cursor".formatted(connection));
            hasNext = page.path("data.%s.pageInfo.hasNextPage".formatted(connection));
            after = page.path("data.%s.pageInfo.endCursor".formatted(connection));
            assertTrue(ids.size() <= 2);
            if (!ids.isEmpty()) {
                assertEquals(cursors.get(cursors.size() - 1), after, "endCursor is the last edge's cursor");
            }
            ids.forEach(id -> seen.add(Long.valueOf(id)));
        }
        assertEquals(total, seen.size(), "every item once");
        assertEquals(total, new LinkedHashSet<>(seen).size(), "no item twice");
        assertEquals(seen.stream().sorted().toList(), seen, "in a stable order");
    }

    @ParameterizedTest
    @ValueSource(strings = {"people", "statements", "deployments", "articles"})
    void firstZeroGivesTheCountAndNoItems(String connection) {
        graphql("{ %s(first: 0) { totalCount pageInfo { hasNextPage endCursor } edges { cursor } nodes { id } } }"
                .formatted(connection))
                .body("errors", nullValue())
                .body("data.%s.totalCount".formatted(connection), greaterThan(0))
                .body("data.%s.edges".formatted(connection), hasSize(0))
                .body("data.%s.nodes".formatted(connection), hasSize(0))
                .body("data.%s.pageInfo.hasNextPage".formatted(connection), is(true))
                .body("data.%s.pageInfo.endCursor".formatted(connection), nullValue());
    }

    @ParameterizedTest
    @ValueSource(ints = {101, 1000, -1})
    void aPageSizeOutsideZeroToAHundredIsRefused(int first) {
        graphql("query($first: Int) { statements(first: $first) { totalCount } }", Map.of("first", first))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("invalid-input"))
                .body("errors[0].message", equalTo("first must be between 0 and 100, was " + first));
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "bmcxOmFiYw", "b3RoZXI6NQ", "%%%%", "", "bmcxOi0x",
            "bmcxOjk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OQ"})
    void aCursorThisApiDidNotIssueIsRefused(String cursor) {
        graphql("query($after: String) { people(after: $after) { totalCount } }", Map.of("after", cursor))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("invalid-input"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"people", "statements", "deployments", "articles"})
    void aCursorPastTheEndGivesTheLastEmptyPage(String connection) {
        String cursor = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("ng1:999999999".getBytes(StandardCharsets.UTF_8));
        graphql("query($after: String) { %s(after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }"
                .formatted(connection), Map.of("after", cursor))
                .body("errors", nullValue())
                .body("data.%s.nodes".formatted(connection), hasSize(0))
                .body("data.%s.pageInfo.hasNextPage".formatted(connection), is(false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"people", "statements", "deployments", "articles"})
    void withoutFirstAPageHoldsTwenty(String connection) {
        var page = graphql("{ %s { totalCount pageInfo { hasNextPage } nodes { id } } }".formatted(connection))
                .extract();
        int total = page.path("data.%s.totalCount".formatted(connection));
        List<?> nodes = page.path("data.%s.nodes".formatted(connection));
        assertEquals(Math.min(total, 20), nodes.size());
        assertEquals(total > 20, page.path("data.%s.pageInfo.hasNextPage".formatted(connection)));
        assertFalse(nodes.isEmpty());
    }
}
