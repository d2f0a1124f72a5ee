package org.newsgraph.deployment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.newsgraph.Lengths;
import org.newsgraph.article.Article;
import org.newsgraph.extract.DeploymentStatus;
import org.newsgraph.extract.TroopsQualifier;
import org.newsgraph.graphql.Keyed;
import org.newsgraph.graphql.NodeEntity;
import org.newsgraph.statement.Statement;

/** A military deployment an article reports: whose troops, how many, where, in what status, says whom. */
@Entity
@Table(indexes = {
        @Index(name = "deployment_origin", columnList = "origin"),
        @Index(name = "deployment_host_country", columnList = "hostCountry"),
        @Index(name = "deployment_status", columnList = "status"),
        @Index(name = "deployment_article", columnList = "article_id")})
@Description("A military deployment an article reports: whose troops, how many, where, in what status, says whom")
public class Deployment extends NodeEntity {
    @NonNull
    @NotBlank
    @Size(max = Lengths.NAME)
    @Column(nullable = false, length = Lengths.NAME)
    @Description("The country whose troops they are, e.g. North Korea")
    public String origin;

    @Size(max = Lengths.NAME)
    @Column(length = Lengths.NAME)
    @Description("The country they are in or sent to, e.g. Russia")
    public String hostCountry;

    @Size(max = Lengths.NAME)
    @Column(length = Lengths.NAME)
    @Description("The region within the host country, e.g. Kursk")
    public String region;

    @PositiveOrZero
    @Description("How many troops, when the article gives a figure")
    public Integer troops;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 20)
    @Description("How exact the figure is (\"as many as\" is UP_TO)")
    public TroopsQualifier troopsQualifier;

    @NonNull
    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    public DeploymentStatus status;

    @Ignore
    @ElementCollection
    @CollectionTable(name = "deployment_training")
    @Column(name = "skill", length = Lengths.NAME)
    @OrderColumn
    public List<String> training = new ArrayList<>();

    @Size(max = Lengths.PHRASE)
    @Column(length = Lengths.PHRASE)
    @Description("Who makes the claim; null when it is the article's own narration")
    public String claimedBy;

    @NonNull
    @NotBlank
    @Column(nullable = false, length = Article.MAX_TEXT_CHARS)
    @Description("The sentence that reports the deployment")
    public String evidence;

    @Description("Where the evidence starts in the article's text")
    public int evidenceStart;

    @Description("Where the evidence ends in the article's text (exclusive)")
    public int evidenceEnd;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Article article;

    @Ignore
    @ManyToMany
    @JoinTable(name = "deployment_statement")
    public List<Statement> statements = new ArrayList<>();

    public static List<Keyed<Article>> articlesOf(Collection<Long> ids) {
        return Article.byIds(Keyed.list("""
                select new org.newsgraph.graphql.Keyed(d.id, d.article.id) from Deployment d
                where d.id in :ids""", ids));
    }

    public static List<Keyed<Deployment>> byArticles(Collection<Long> articleIds) {
        return Keyed.list("""
                select new org.newsgraph.graphql.Keyed(d.article.id, d) from Deployment d
                where d.article.id in :ids order by d.id""", articleIds);
    }

    public static List<Keyed<Statement>> statementsOf(Collection<Long> ids) {
        return Keyed.list("""
                select new org.newsgraph.graphql.Keyed(d.id, s) from Deployment d join d.statements s
                where d.id in :ids order by s.id""", ids);
    }

    public static List<Keyed<Deployment>> byStatements(Collection<Long> statementIds) {
        return Keyed.list("""
                select new org.newsgraph.graphql.Keyed(s.id, d) from Deployment d join d.statements s
                where s.id in :ids order by d.id""", statementIds);
    }

    public static List<Keyed<String>> trainingOf(Collection<Long> ids) {
        return Keyed.list("""
                select new org.newsgraph.graphql.Keyed(d.id, t) from Deployment d join d.training t
                where d.id in :ids order by d.id, index(t)""", ids);
    }
}
