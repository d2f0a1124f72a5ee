package org.newsgraph.statement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.newsgraph.Lengths;
import org.newsgraph.article.Article;
import org.newsgraph.extract.Attribution;
import org.newsgraph.graphql.Keyed;
import org.newsgraph.graphql.NodeEntity;
import org.newsgraph.person.Person;

/** A verbatim quotation, with who said it, when, and where in the article it stands. */
@Entity
@Table(indexes = {
        @Index(name = "statement_speaker", columnList = "speaker_id"),
        @Index(name = "statement_article", columnList = "article_id"),
        @Index(name = "statement_stated_on", columnList = "statedOn")})
@Description("A verbatim quotation, with who said it, when, and where in the article it stands")
public class Statement extends NodeEntity {
    @NonNull
    @NotBlank
    @Column(nullable = false, length = Article.MAX_TEXT_CHARS)
    @Description("The quoted words, verbatim, without their quote marks; the words of a quotation interrupted by its "
            + "attribution are joined by a space")
    public String text;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    public Person speaker;

    @Column(length = Lengths.PHRASE)
    @Description("The organisation or unnamed official behind a statement that has no speaker, when the article names one")
    public String source;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Article article;

    @NonNull
    @NotNull
    @Column(nullable = false, length = Article.MAX_TEXT_CHARS)
    @Description("The sentence or paragraph holding the quotation and its attribution")
    public String context;

    @Description("Where the quoted words start in the article's text")
    public int startOffset;

    @Description("Where the quoted words end in the article's text (exclusive); an attribution that interrupts the "
            + "quotation lies between the offsets, outside its parts")
    public int endOffset;

    /** Empty for a quotation that is one stretch; see {@code StatementApi#parts}. */
    @Ignore
    @ElementCollection
    @CollectionTable(name = "statement_part")
    @OrderColumn
    public List<QuotePart> parts = new ArrayList<>();

    @Description("The day the words were said, when the article lets one work it out")
    public LocalDate statedOn;

    @NonNull
    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 40)
    public Attribution attribution;

    public static List<Keyed<QuotePart>> partsOf(Collection<Long> ids) {
        return Keyed.list("""
                select new org.newsgraph.graphql.Keyed(s.id, p) from Statement s join s.parts p
                where s.id in :ids order by s.id, index(p)""", ids);
    }

    public static List<Keyed<Person>> speakersOf(Collection<Long> ids) {
        return Keyed.list("""
                select new org.newsgraph.graphql.Keyed(s.id, p) from Statement s join s.speaker p
                where s.id in :ids""", ids);
    }

    public static List<Keyed<Article>> articlesOf(Collection<Long> ids) {
        return Article.byIds(Keyed.list("""
                select new org.newsgraph.graphql.Keyed(s.id, s.article.id) from Statement s
                where s.id in :ids""", ids));
    }

    public static List<Keyed<Statement>> byArticles(Collection<Long> articleIds) {
        return Keyed.list("""
                select new org.newsgraph.graphql.Keyed(s.article.id, s) from Statement s
                where s.article.id in :ids order by s.id""", articleIds);
    }

    /** At most {@code perSpeaker} statements of each speaker after the cursor, oldest first. */
    public static List<Keyed<Statement>> pageBySpeakers(Collection<Long> speakerIds, long afterId, int perSpeaker) {
        return Keyed.list("""
                select new org.newsgraph.graphql.Keyed(s.speaker.id, s) from Statement s
                where s.id in (
                    select r.id from (
                        select s2.id as id,
                               row_number() over (partition by s2.speaker.id order by s2.id) as rank
                        from Statement s2 where s2.speaker.id in :ids and s2.id > :after) r
                    where r.rank <= :limit)
                order by s.id""", Map.of("ids", speakerIds, "after", afterId, "limit", perSpeaker));
    }

    public static List<Keyed<Long>> countBySpeakers(Collection<Long> speakerIds) {
        return Keyed.list("""
                select new org.newsgraph.graphql.Keyed(s.speaker.id, count(s)) from Statement s
                where s.speaker.id in :ids group by s.speaker.id""", speakerIds);
    }
}
