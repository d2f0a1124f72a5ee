package org.newsgraph.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import org.newsgraph.Lengths;
import org.newsgraph.article.Article;
import org.newsgraph.graphql.NodeEntity;

/** That an article names a person, with the role and affiliation it gives them there. */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "mention_unique", columnNames = {"person_id", "article_id"}))
public class Mention extends NodeEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Person person;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Article article;

    @Column(length = Lengths.PHRASE)
    public String role;

    @Column(length = Lengths.NAME)
    public String affiliation;
}
