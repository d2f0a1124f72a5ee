package org.newsgraph.person;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.newsgraph.Lengths;
import org.newsgraph.article.Article;
import org.newsgraph.graphql.Keyed;
import org.newsgraph.graphql.NodeEntity;

/** A person named in the articles; one row however many articles and spellings name them. */
@Entity
@Table(indexes = @Index(name = "person_affiliation", columnList = "affiliation"))
@Description("A person named in the articles; the same person across articles and spellings is one Person")
public class Person extends NodeEntity {
    @NotBlank
    @Size(max = Lengths.NAME)
    @Column(nullable = false, length = Lengths.NAME)
    @Description("The fullest form of the name the articles give")
    public String name;

    /** {@link NameKey} of {@link #name}: what makes two spellings one person. */
    @Ignore
    @Column(nullable = false, unique = true, length = Lengths.NAME)
    public String nameKey;

    @Size(max = Lengths.PHRASE)
    @Column(length = Lengths.PHRASE)
    @Description("Title or office as an article states it, e.g. Secretary of State")
    public String role;

    @Size(max = Lengths.NAME)
    @Column(length = Lengths.NAME)
    @Description("Country or organisation the person acts for, e.g. United States")
    public String affiliation;

    public static Optional<Person> byKey(String key) {
        return find("nameKey", key).firstResultOptional();
    }

    /** People whose name or an alias of whom has one of these keys; how ingestion recognises a person again. */
    public static List<Person> byAnyKey(Collection<String> keys) {
        return list("""
                nameKey in ?1 or id in (select a.person.id from PersonAlias a where a.aliasKey in ?1)
                order by id""", keys);
    }

    public static List<Keyed<Person>> byArticles(Collection<Long> articleIds) {
        return Keyed.list("""
                select new org.newsgraph.graphql.Keyed(m.article.id, m.person) from Mention m
                where m.article.id in :ids order by m.article.id, m.person.id""", articleIds);
    }

    public static List<Keyed<Article>> articlesOf(Collection<Long> personIds) {
        return Article.byIds(Keyed.list("""
                select new org.newsgraph.graphql.Keyed(m.person.id, m.article.id) from Mention m
                where m.person.id in :ids order by m.person.id, m.article.id""", personIds));
    }
}
