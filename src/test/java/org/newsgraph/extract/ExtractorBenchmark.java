package org.newsgraph.extract;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Measures single-thread throughput on ~600-word articles built by joining dev articles: warms up, then runs for a
 * fixed time and prints articles and words per second. Run it through bench/extractor.sh, not as a unit test.
 */
public final class ExtractorBenchmark {
    private static final int TARGET_WORDS = 600;

    private ExtractorBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 5;
        List<String> sources = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(Path.of("src", "test", "resources", "extract", "dev"))) {
            for (Path d : dirs.sorted().toList()) {
                sources.add(Files.readString(d.resolve("article.txt"), StandardCharsets.UTF_8));
            }
        }
        sources.add(Files.readString(Path.of("seeds", "000_795a2a79e466aba5.txt"), StandardCharsets.UTF_8));
        List<ArticleText> articles = new ArrayList<>();
        long words = 0;
        for (int i = 0; i < sources.size(); i++) {
            StringBuilder b = new StringBuilder();
            int n = 0;
            for (int k = i; n < TARGET_WORDS; k = (k + 1) % sources.size()) {
                b.append(sources.get(k)).append('\n');
                n += sources.get(k).split("\\s+").length;
            }
            words += n;
            articles.add(new ArticleText(b.toString(), LocalDate.of(2024, 11, 1)));
        }
        Extractor extractor = new Extractor();
        long sink = run(extractor, articles, 3);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long done = 0;
        while (System.nanoTime() - start < seconds * 1e9) {
            for (ArticleText a : articles) {
                sink += extractor.extract(a).quotations().size();
                done++;
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        // CPU time of this thread: on a shared, busy machine wall time also counts waiting for a core
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        double perArticle = (double) words / articles.size();
        System.out.printf("%d articles of %.0f words on average: %.0f articles/s of CPU time (%.0f words/s), "
                + "%.0f articles/s of wall time; one thread, warm (checksum %d)%n", done, perArticle, done / cpu,
                done * perArticle / cpu, done / elapsed, sink);
    }

    private static long run(Extractor extractor, List<ArticleText> articles, double seconds) {
        long sink = 0;
        long start = System.nanoTime();
        while (System.nanoTime() - start < seconds * 1e9) {
            for (ArticleText a : articles) {
                sink += extractor.extract(a).people().size();
            }
        }
        return sink;
    }
}
