package org.newsgraph.ingest;

import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Ingests every {@code *.txt} of the seeds folder at start-up, through the same writer as the mutation, so a restart
 * or a second instance adds nothing that is already there.
 */
@ApplicationScoped
public class SeedLoader {
    private static final Logger LOG = Logger.getLogger(SeedLoader.class);

    @Inject
    IngestConfig config;
    @Inject
    IngestService ingest;
    @Inject
    Jsonb jsonb;

    private volatile boolean loaded;

    void onStart(@Observes StartupEvent event) {
        load(Path.of(config.seedsDir()));
        loaded = true;
    }

    /** True once start-up ingestion has finished, whatever it found. */
    public boolean loaded() {
        return loaded;
    }

    void load(Path dir) {
        if (!Files.isDirectory(dir)) {
            LOG.warnf("seeds: folder %s not found, nothing loaded", dir.toAbsolutePath());
            return;
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            LOG.errorf("seeds: cannot list %s: %s", dir.toAbsolutePath(), e.getMessage());
            return;
        }
        LOG.infof("seeds: %d file(s) in %s", files.size(), dir.toAbsolutePath());
        long start = System.nanoTime();
        int created = 0, present = 0, failed = 0, people = 0, statements = 0, deployments = 0;
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            String progress = "seeds: [" + (i + 1) + "/" + files.size() + "] " + file.getFileName();
            try {
                IngestResult r = ingest.ingest(submission(file));
                if (r.created()) {
                    created++;
                    people += r.people();
                    statements += r.statements();
                    deployments += r.deployments();
                    LOG.infof("%s: %d people, %d statements, %d deployments", progress, r.people(), r.statements(),
                            r.deployments());
                } else {
                    present++;
                    LOG.infof("%s: already present", progress);
                }
            } catch (IOException | RuntimeException e) {
                failed++;
                LOG.errorf("%s: not ingested: %s", progress, e.getMessage());
            }
        }
        LOG.infof("seeds: %d article(s), %d people, %d statements, %d deployments in %d ms"
                + " (%d already present, %d failed)", created, people, statements, deployments,
                (System.nanoTime() - start) / 1_000_000, present, failed);
    }

    private ArticleSubmission submission(Path txt) throws IOException {
        String text = readUtf8(txt);
        String name = txt.getFileName().toString();
        Path sidecar = txt.resolveSibling(name.substring(0, name.length() - ".txt".length()) + ".json");
        SeedMetadata meta = SeedMetadata.NONE;
        if (Files.exists(sidecar)) {
            try (Reader reader = Files.newBufferedReader(sidecar, StandardCharsets.UTF_8)) {
                meta = jsonb.fromJson(reader, SeedMetadata.class);
            }
        }
        return new ArticleSubmission(text, meta.title(), meta.url(), meta.outlet(), meta.publishedOn(),
                meta.byline());
    }

    /** Strict UTF-8: a file in another encoding is refused rather than stored garbled. */
    private static String readUtf8(Path file) throws IOException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new IOException("not valid UTF-8", e);
        }
    }
}
