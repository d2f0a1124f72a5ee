package org.newsgraph.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.graphql.GraphQL.graphql;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** A page of parents with their children costs the same number of SQL statements whatever the page size. */
@QuarkusTest
class BatchingTest {
    private static final String STATEMENTS = """
            query($first: Int) {
              statements(first: $first) {
                totalCount
                nodes { text speaker { name aliases statements(first: 2) { totalCount nodes { id } } }
                        article { title byline people { name } } deployments { troops training } }
              }
            }""";
    private static final String PEOPLE = """
            query($first: Int) {
              people(first: $first) { nodes { name aliases articles { title } statements(first: 3) { nodes { text } } } }
            }""";

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Test
    void fiveAndFiftyStatementsWithSpeakersAndArticlesCostTheSameQueries() {
        GraphQL.ingest(TestArticles.ministerQuotes(TestArticles.token(), 50), "2025-03-07");
        long five = sqlStatements(STATEMENTS, "statements", 5);
        long fifty = sqlStatements(STATEMENTS, "statements", 50);
        assertTrue(five > 0);
        assertEquals(five, fifty, "SQL statements for 5 and for 50 statements");
    }

    @Test
    void fiveAndFiftyPeopleWithTheirStatementsCostTheSameQueries() {
        GraphQL.ingest(TestArticles.ministersMeeting(TestArticles.token(), 50), "2025-03-10");
        long five = sqlStatements(PEOPLE, "people", 5);
        long fifty = sqlStatements(PEOPLE, "people", 50);
        assertEquals(five, fifty, "SQL statements for 5 and for 50 people");
    }

    private long sqlStatements(String query, String root, int first) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        List<?> nodes = graphql(query, Map.of("first", first)).statusCode(200)
                .extract().path("data.%s.nodes".formatted(root));
        assertEquals(first, nodes.size(), "the page is full, so the comparison means something");
        return statistics.getPrepareStatementCount();
    }
}
