package org.newsgraph.person;

import java.util.Collection;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.newsgraph.Lengths;
import org.newsgraph.graphql.Keyed;
import org.newsgraph.graphql.NodeEntity;

/** Another string an article uses for a person: a surname, a titled name, a description, a spelling. */
@Entity
@Table(indexes = @Index(name = "person_alias_key", columnList = "aliasKey"), uniqueConstraints = @UniqueConstraint(name = "person_alias_unique", columnNames = {
        "person_id", "alias"}))
public class PersonAlias extends NodeEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Person person;

    @NotBlank
    @Size(max = Lengths.PHRASE)
    @Column(nullable = false, length = Lengths.PHRASE)
    public String alias;

    @Column(nullable = false, length = Lengths.PHRASE)
    public String aliasKey;

    public static List<Keyed<String>> byPeople(Collection<Long> personIds) {
        return Keyed.list("""
                select new org.newsgraph.graphql.Keyed(a.person.id, a.alias) from PersonAlias a
                where a.person.id in :ids order by a.person.id, a.id""", personIds);
    }

    public static List<String> of(Person person) {
        return find("person = ?1 order by id", person).<PersonAlias>list().stream().map(a -> a.alias).toList();
    }
}
