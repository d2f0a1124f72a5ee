package org.newsgraph.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.newsgraph.Lengths;
import org.newsgraph.graphql.Keyed;
import org.newsgraph.graphql.NodeEntity;

/** A news article: the unit of provenance, identified by the hash of its normalised text. */
@Entity
@Table(indexes = @Index(name = "article_published_on", columnList = "publishedOn"))
@Description("A news article: the unit of provenance for every person, statement and deployment")
public class Article extends NodeEntity {
    public static final int MAX_TEXT_CHARS = 200_000;

    @Ignore
    @NotBlank
    @Column(nullable = false, unique = true, length = 64)
    public String textHash;

    @NotBlank
    @Size(max = MAX_TEXT_CHARS)
    @Column(nullable = false, length = MAX_TEXT_CHARS)
    @Description("The full text; statement and deployment offsets index into it")
    public String text;

    @Size(max = Lengths.TITLE)
    @Column(length = Lengths.TITLE)
    public String title;

    @Size(max = Lengths.NAME)
    @Column(length = Lengths.NAME)
    @Description("The publication, e.g. CNN")
    public String outlet;

    @Size(max = Lengths.URL)
    @Column(length = Lengths.URL)
    public String url;

    @Description("The day the article was published; relative dates in its text resolve against it")
    public LocalDate publishedOn;

    @Ignore
    @ElementCollection
    @CollectionTable(name = "article_byline")
    @Column(name = "author", length = Lengths.NAME)
    @OrderColumn
    public List<String> byline = new ArrayList<>();

    @Ignore
    @Column(nullable = false)
    public Instant ingestedAt;

    public static Optional<Article> byTextHash(String hash) {
        return find("textHash", hash).firstResultOptional();
    }

    /**
     * The articles behind rows that name them by id. Rows of many children share few articles; fetching each article
     * once, and not with every child row, keeps their long texts from being read again and again.
     */
    public static List<Keyed<Article>> byIds(List<Keyed<Long>> articleIds) {
        if (articleIds.isEmpty()) {
            return List.of();
        }
        Map<Long, Article> articles = Article.<Article>list("id in ?1",
                articleIds.stream().map(Keyed::value).distinct().toList())
                .stream().collect(Collectors.toMap(a -> a.id, a -> a));
        return articleIds.stream().map(k -> new Keyed<>(k.key(), articles.get(k.value()))).toList();
    }

    public static List<Keyed<String>> bylines(Collection<Long> ids) {
        return Keyed.list("""
                select new org.newsgraph.graphql.Keyed(a.id, b) from Article a join a.byline b
                where a.id in :ids order by a.id, index(b)""", ids);
    }
}
