package org.newsgraph.graphql;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.json.Json;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Well over a hundred malformed or hostile requests. For each: no 5xx, no stack trace or Java class name in the
 * answer, a code on every error; and after all of them the graph serves exactly what it served before.
 */
@QuarkusTest
class HostileInputTest {
    private static final String SNAPSHOT = """
            { articles(first: 100) { totalCount nodes { id } }
              people(first: 100) { totalCount nodes { id name aliases } }
              statements(first: 100) { totalCount nodes { id text } }
              deployments(first: 100) { totalCount nodes { id troops } } }""";

    private static final List<String> HOSTILE_STRINGS = List.of(
            "' OR '1'='1", "'; DROP TABLE Person; --", "\" OR \"\"=\"", "1; SELECT pg_sleep(10)", "%", "_", "!%",
            "\\", "<script>alert(1)</script>", "${jndi:ldap://127.0.0.1/a}", "{{7*7}}", "#{7*7}",
            "\u0000\u0001\u0002", "\u202Egnp.exe", "\uD83D\uDCA3\uD83D\uDCA3", "../../../../etc/passwd", "null",
            ")(uid=*)", "{\"$where\": \"1\"}", "a".repeat(10_000), " ", "", "\uFEFF", "\r\n\r\n");

    /** Where a client can put a string: each a query and the variable that takes it. */
    private static final Map<String, String> STRING_PLACES = Map.ofEntries(
            Map.entry("people by name", "query($v: String) { people(filter: { name: $v }) { totalCount } }"),
            Map.entry("people by affiliation",
                    "query($v: String) { people(filter: { affiliation: $v }) { totalCount } }"),
            Map.entry("statements by text", "query($v: String) { statements(filter: { text: $v }) { totalCount } }"),
            Map.entry("deployments by origin",
                    "query($v: String) { deployments(filter: { origin: $v }) { totalCount } }"),
            Map.entry("person by id", "query($v: ID!) { person(id: $v) { name } }"),
            Map.entry("statement by id", "query($v: ID!) { statement(id: $v) { text } }"),
            Map.entry("article by id", "query($v: ID!) { article(id: $v) { title } }"),
            Map.entry("statements by speaker", "query($v: ID) { statements(filter: { speaker: $v }) { totalCount } }"),
            Map.entry("people after a cursor", "query($v: String) { people(after: $v) { totalCount } }"),
            Map.entry("a person's statements after a cursor",
                    "query($v: String) { people(first: 2) { nodes { statements(after: $v) { totalCount } } } }"));

    @Test
    void hostileRequestsAreAnsweredCleanlyAndChangeNothing() {
        String before = snapshot();
        List<Executable> checks = new ArrayList<>();
        int[] requests = {0};
        for (var place : STRING_PLACES.entrySet()) {
            for (String value : HOSTILE_STRINGS) {
                Map<String, Object> variables = new HashMap<>();
                variables.put("v", value);
                checks.add(check(place.getKey() + " = " + abbreviate(value), requests,
                        () -> post(json(place.getValue(), variables))));
            }
        }
        for (var body : malformedBodies().entrySet()) {
            checks.add(check(body.getKey(), requests, () -> post(body.getValue())));
        }
        for (var input : invalidArticles().entrySet()) {
            checks.add(check("ingest " + input.getKey(), requests, () -> given()
                    .auth().preemptive().basic("editor", GraphQL.EDITOR_PASSWORD)
                    .contentType("application/json").body(json("""
                            mutation($input: ArticleInput!) { articleIngest(input: $input) { created } }""",
                            Map.of("input", input.getValue())))
                    .post("/graphql")));
        }
        assertAll(checks);
        assertTrue(requests[0] >= 100, "requests sent: " + requests[0]);
        assertEquals(before, snapshot(), "the graph changed");
    }

    private static Executable check(String what, int[] requests, Supplier<Response> send) {
        return () -> {
            requests[0]++;
            Response response = send.get();
            String body = response.asString();
            assertTrue(response.statusCode() < 500, what + ": HTTP " + response.statusCode() + " " + body);
            assertTrue(!body.contains("Exception") && !body.contains("\tat ") && !body.contains("java."),
                    what + ": leaks internals: " + abbreviate(body));
            if (body.contains("\"errors\"")) {
                List<Object> codes = response.jsonPath().getList("errors.extensions.code");
                assertTrue(!codes.isEmpty() && codes.stream().allMatch(c -> c instanceof String),
                        what + ": an error without a code: " + abbreviate(body));
            }
        };
    }

    private static Map<String, byte[]> malformedBodies() {
        Map<String, byte[]> bodies = new HashMap<>();
        String[] texts = {"{", "}", "{\"query\":", "{\"query\": \"{ people { totalCount } }\"", "[]", "[1,2]", "42",
                "\"{ people { totalCount } }\"", "true", "null", "{\"query\": null}", "{\"query\": {}}",
                "{\"query\": [\"{ __typename }\"]}", "{\"query\": \"{ __typename }\", \"variables\": 7}",
                "{\"query\": \"{ __typename }\", \"operationName\": {}}", "{\"query\": \"{\"}",
                "{\"query\": \"{ people(first: 99999999999) { totalCount } }\"}",
                "{\"query\": \"{ people(first: 1.5) { totalCount } }\"}",
                "{\"query\": \"{ people(first: \\\"10\\\") { totalCount } }\"}",
                "{\"query\": \"query($f: Int) { people(first: $f) { totalCount } }\", \"variables\": {\"f\": 1e400}}",
                "{\"query\": \"query($f: Int!) { people(first: $f) { totalCount } }\", \"variables\": {}}",
                "{\"query\": \"{ people { totalCount } }\", \"operationName\": \"Missing\"}",
                "{\"query\": \"query A { __typename } query B { __typename }\"}",
                "{\"query\": \"{ people { nodes { name } } }\", \"extensions\": \"x\"}",
                "{\"query\": \"" + "{ a: __typename ".repeat(40) + "}".repeat(40) + "\"}",
                "{\"query\": \"{ " + "x".repeat(100_000) + " }\"}",
                "[".repeat(20_000) + "]".repeat(20_000),
                "{\"query\": \"subscription { people { totalCount } }\"}",
                "{\"query\": \"mutation { articleIngest(input: {text: \\\"x\\\"}) { created } }\"}"};
        for (String text : texts) {
            bodies.put("body " + abbreviate(text), text.getBytes(StandardCharsets.UTF_8));
        }
        bodies.put("body with invalid UTF-8",
                new byte[]{'{', '"', 'q', 'u', 'e', 'r', 'y', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
        return bodies;
    }

    private static Map<String, Map<String, Object>> invalidArticles() {
        Map<String, Map<String, Object>> inputs = new HashMap<>();
        inputs.put("blank text", Map.of("text", " \n\t "));
        inputs.put("text over 200,000 characters", Map.of("text", "word ".repeat(40_001)));
        inputs.put("an impossible date", Map.of("text", "Words.", "publishedOn", "2024-13-45"));
        inputs.put("a date in words", Map.of("text", "Words.", "publishedOn", "yesterday"));
        inputs.put("a url of 3,000 characters", Map.of("text", "Words.", "url", "https://e.org/" + "a".repeat(3000)));
        inputs.put("a title of 1,000 characters", Map.of("text", "Words.", "title", "t".repeat(1000)));
        inputs.put("21 authors", Map.of("text", "Words.", "byline", java.util.Collections.nCopies(21, "A. Writer")));
        inputs.put("an unknown field", Map.of("text", "Words.", "author", "Someone"));
        inputs.put("text as a number", Map.of("text", 42));
        return inputs;
    }

    private static byte[] json(String query, Map<String, Object> variables) {
        var vars = Json.createObjectBuilder(variables);
        return Json.createObjectBuilder().add("query", query).add("variables", vars).build().toString()
                .getBytes(StandardCharsets.UTF_8);
    }

    private static Response post(byte[] body) {
        return given().contentType("application/json").accept("application/graphql-response+json").body(body)
                .post("/graphql");
    }

    private static String snapshot() {
        return given().contentType("application/json").body(json(SNAPSHOT, Map.of())).post("/graphql").asString();
    }

    private static String abbreviate(String s) {
        String flat = s.replaceAll("\\p{Cntrl}", "?");
        return flat.length() <= 60 ? flat : flat.substring(0, 60) + "…";
    }
}
