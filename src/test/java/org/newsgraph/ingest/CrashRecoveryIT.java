package org.newsgraph.ingest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.ToIntFunction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.ArticleText;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Extractor;

/**
 * The packaged application (jar or native binary) is killed (SIGKILL) while it ingests a folder of articles into a
 * file database. After a restart every article is either wholly there (article, people, statements, deployments) or
 * absent; the next start completes the batch; a further restart duplicates nothing.
 */
class CrashRecoveryIT {
    private static final int ARTICLES = 60;
    private static final String KILL_AT = "seeds: [12/" + ARTICLES + "]";
    private static final List<String> COUNTRIES = List.of("Norway", "Poland", "Estonia", "Romania", "Finland");
    private static final List<String> FIRST = List.of("Anna", "Jonas", "Marta", "Pieter", "Sofia", "Lukas");
    private static final List<String> LAST = List.of("Berglund", "Kowalczyk", "Tamm", "Popescu", "Virtanen",
            "Lindqvist", "Novak", "Hartmann", "Olsen", "Vasquez");

    @TempDir
    Path work;

    @Test
    void everyArticleIsWhollyThereOrAbsentAfterAKillAndTheNextStartCompletesTheBatch() throws Exception {
        Path seeds = Files.createDirectories(work.resolve("seeds"));
        Map<String, Extraction> expected = new HashMap<>();
        for (int i = 0; i < ARTICLES; i++) {
            String text = article(i);
            Files.writeString(seeds.resolve("%03d.txt".formatted(i)), text, StandardCharsets.UTF_8);
            Files.writeString(seeds.resolve("%03d.json".formatted(i)), "{\"publishedOn\": \"2025-03-07\"}");
            String stored = ArticleTexts.normalise(text);
            expected.put(stored, new Extractor().extract(new ArticleText(stored, LocalDate.of(2025, 3, 7))));
        }

        try (Server first = new Server(seeds)) {
            assertTrue(first.awaitLine(KILL_AT), "the first start reached " + KILL_AT);
            first.process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }

        Path empty = Files.createDirectories(work.resolve("no-seeds"));
        int present = afterStart(empty, port -> assertWhollyThereOrAbsent(port, expected));
        assertTrue(present < ARTICLES, "the kill came before the batch was done: " + present);
        assertEquals(ARTICLES, afterStart(seeds, port -> assertWhollyThereOrAbsent(port, expected)));
        assertEquals(ARTICLES, afterStart(seeds, port -> assertWhollyThereOrAbsent(port, expected)));
    }

    /** @return how many of the expected articles are present, each checked complete */
    @SuppressWarnings("unchecked")
    private static int assertWhollyThereOrAbsent(int port, Map<String, Extraction> expected) {
        List<Map<String, Object>> articles = new ArrayList<>();
        String after = null;
        do {
            Map<String, Object> variables = new HashMap<>();
            variables.put("after", after);
            var page = given().port(port).contentType("application/json")
                    .body(Map.of("query", """
                            query($after: String) { articles(first: 100, after: $after) {
                              pageInfo { hasNextPage endCursor }
                              nodes { text people { id } statements { id } deployments { id } } } }""",
                            "variables", variables))
                    .post("/graphql").then().statusCode(200).extract();
            articles.addAll(page.path("data.articles.nodes"));
            after = page.<Boolean>path("data.articles.pageInfo.hasNextPage")
                    ? page.path("data.articles.pageInfo.endCursor")
                    : null;
        } while (after != null);
        assertEquals(articles.size(), articles.stream().map(a -> a.get("text")).distinct().count(), "duplicates");
        for (var a : articles) {
            Extraction x = expected.get((String) a.get("text"));
            assertTrue(x != null, "an article nobody sent");
            assertEquals(x.quotations().size(), ((List<?>) a.get("statements")).size(), "statements");
            assertEquals(x.deployments().size(), ((List<?>) a.get("deployments")).size(), "deployments");
            assertEquals(x.people().size(), ((List<?>) a.get("people")).size(), "people");
        }
        return articles.size();
    }

    private static String article(int i) {
        String minister = FIRST.get(i % FIRST.size()) + " " + LAST.get(i / FIRST.size() % LAST.size());
        String country = COUNTRIES.get(i % COUNTRIES.size());
        return """
                %s's Defence Minister %s said on Monday that %d troops would be deployed to Lithuania.
                “We stand with our allies, and batch item %d proves it,” %s told reporters.
                """.formatted(country, minister, 100 + i, i, minister.substring(minister.indexOf(' ') + 1));
    }

    private int afterStart(Path seeds, ToIntFunction<Integer> check) throws Exception {
        try (Server server = new Server(seeds)) {
            assertTrue(server.awaitLine("Listening on"), "the server started");
            return check.applyAsInt(server.port);
        }
    }

    /** What the build packaged, as Quarkus records it: the native binary in -Dnative builds, else the jar. */
    private static List<String> packagedCommand() throws IOException {
        var artifact = new Properties();
        try (var in = Files.newInputStream(Path.of("target/quarkus-artifact.properties"))) {
            artifact.load(in);
        }
        String path = Path.of("target", artifact.getProperty("path")).toAbsolutePath().toString();
        return "native".equals(artifact.getProperty("type")) ? List.of(path) : List.of("java", "-jar", path);
    }

    /** The packaged application on a free port, on this test's file database; its output is read as it comes. */
    private final class Server implements AutoCloseable {
        final Process process;
        final int port;
        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

        Server(Path seeds) throws IOException {
            try (var socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            var builder = new ProcessBuilder(packagedCommand()).redirectErrorStream(true);
            builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
            builder.environment().put("NEWSGRAPH_SEEDS_DIR", seeds.toString());
            builder.environment().put("QUARKUS_DATASOURCE_JDBC_URL",
                    "jdbc:h2:file:" + work.resolve("db/newsgraph") + ";DB_CLOSE_ON_EXIT=FALSE");
            process = builder.start();
            Thread reader = new Thread(() -> {
                try (var in = new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = in.readLine()) != null;) {
                        lines.add(line);
                    }
                } catch (IOException e) {
                    lines.add("output closed: " + e.getMessage());
                }
            });
            reader.setDaemon(true);
            reader.start();
        }

        boolean awaitLine(String marker) throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (System.nanoTime() < deadline) {
                String line = lines.poll(1, TimeUnit.SECONDS);
                if (line != null && line.contains(marker)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }
}
