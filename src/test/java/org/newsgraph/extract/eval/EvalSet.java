package org.newsgraph.extract.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.newsgraph.extract.ArticleText;

/** The annotated articles: the seed (text in seeds/, gold in test resources) and every dev article folder. */
public final class EvalSet {
    public static final Path SEED_TEXT = Path.of("seeds", "000_795a2a79e466aba5.txt");
    public static final Path SEED_GOLD = Path.of("src", "test", "resources", "extract", "seed", "gold.json");
    public static final Path DEV = Path.of("src", "test", "resources", "extract", "dev");

    /** One annotated article. */
    public record Item(String name, ArticleText article, JsonObject gold) {
    }

    private EvalSet() {
    }

    public static Item seed() {
        return new Item("seed", new ArticleText(read(SEED_TEXT), LocalDate.of(2024, 11, 1)), json(SEED_GOLD));
    }

    public static List<Item> dev() {
        return folder(DEV);
    }

    /** Every DIR/NAME/ holding article.txt, meta.json and gold.json, by name. */
    public static List<Item> folder(Path root) {
        List<Item> out = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.sorted().toList()) {
                if (!Files.exists(dir.resolve("gold.json"))) {
                    continue;
                }
                JsonObject meta = json(dir.resolve("meta.json"));
                LocalDate published = meta.isNull("publishedOn")
                        ? null
                        : LocalDate.parse(meta.getString("publishedOn"));
                out.add(new Item(dir.getFileName().toString(),
                        new ArticleText(read(dir.resolve("article.txt")), published), json(dir.resolve("gold.json"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    public static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonObject json(Path p) {
        try (InputStream in = Files.newInputStream(p); JsonReader r = Json.createReader(in)) {
            return r.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
