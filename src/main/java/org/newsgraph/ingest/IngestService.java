package org.newsgraph.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;
import org.newsgraph.Lengths;
import org.newsgraph.article.Article;
import org.newsgraph.deployment.Deployment;
import org.newsgraph.extract.ArticleText;
import org.newsgraph.extract.DeploymentReport;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.PersonMention;
import org.newsgraph.extract.Quotation;
import org.newsgraph.person.Mention;
import org.newsgraph.person.NameKey;
import org.newsgraph.person.Person;
import org.newsgraph.person.PersonAlias;
import org.newsgraph.statement.QuotePart;
import org.newsgraph.statement.Statement;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The one writer of the graph: extracts an article and stores it with its people, statements and deployments in one
 * transaction, so an article is either wholly there or not at all.
 */
@ApplicationScoped
public class IngestService {
    private static final Logger LOG = Logger.getLogger(IngestService.class);
    // Concurrent ingests that meet the same new person or the same text collide on a unique key; the loser retries
    // and then finds what the winner stored.
    private static final int ATTEMPTS = 3;

    private final ArticleReader reader;

    IngestService(ArticleReader reader) {
        this.reader = reader;
    }

    public IngestResult ingest(ArticleSubmission submission) {
        String text = ArticleTexts.normalise(submission.text());
        String hash = ArticleTexts.hash(text);
        var existing = QuarkusTransaction.requiringNew().call(() -> Article.byTextHash(hash));
        if (existing.isPresent()) {
            return new IngestResult(existing.get(), false, 0, 0, 0);
        }
        Extraction extraction = reader.read(new ArticleText(text, submission.publishedOn()));
        for (int attempt = 1;; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> write(submission, text, hash, extraction));
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS || !isUniqueKeyClash(e)) {
                    throw e;
                }
                LOG.debugf("ingest: unique key clash on attempt %d, retrying", attempt);
            }
        }
    }

    private IngestResult write(ArticleSubmission submission, String text, String hash, Extraction extraction) {
        var existing = Article.byTextHash(hash);
        if (existing.isPresent()) {
            return new IngestResult(existing.get(), false, 0, 0, 0);
        }
        var article = new Article();
        article.text = text;
        article.textHash = hash;
        article.title = clip(submission.title(), Lengths.TITLE);
        article.url = clip(submission.url(), Lengths.URL);
        article.outlet = clip(submission.outlet(), Lengths.NAME);
        article.publishedOn = submission.publishedOn();
        article.ingestedAt = Instant.now();
        var byline = new LinkedHashSet<String>();
        submission.byline().forEach(b -> byline.add(clip(b, Lengths.NAME)));
        extraction.byline().forEach(b -> byline.add(clip(b, Lengths.NAME)));
        article.byline.addAll(byline);
        article.persist();

        Map<String, Person> people = resolvePeople(article, extraction.people());
        List<Statement> statements = new ArrayList<>();
        for (Quotation q : extraction.quotations()) {
            statements.add(persistStatement(article, q, q.speaker() == null ? null : people.get(q.speaker())));
        }
        for (DeploymentReport report : extraction.deployments()) {
            persistDeployment(article, report, statements);
        }
        return new IngestResult(article, true, Set.copyOf(people.values()).size(), statements.size(),
                extraction.deployments().size());
    }

    /** Finds or creates the person behind each mention, keyed by the mention's name. */
    private Map<String, Person> resolvePeople(Article article, List<PersonMention> mentions) {
        Map<String, Person> byMentionName = new HashMap<>();
        Set<Person> mentioned = new LinkedHashSet<>();
        for (PersonMention m : mentions) {
            Person person = findOrCreate(m);
            byMentionName.put(m.name(), person);
            if (mentioned.add(person)) {
                var mention = new Mention();
                mention.person = person;
                mention.article = article;
                mention.role = clip(m.role(), Lengths.PHRASE);
                mention.affiliation = clip(m.affiliation(), Lengths.NAME);
                mention.persist();
            }
        }
        return byMentionName;
    }

    private Person findOrCreate(PersonMention m) {
        Set<String> keys = nameKeys(m);
        Person person = Person.byAnyKey(keys).stream().findFirst().orElse(null);
        if (person == null) {
            person = new Person();
            person.name = clip(m.name(), Lengths.NAME);
            person.nameKey = NameKey.of(person.name);
            person.persist();
        }
        if (person.role == null) {
            person.role = clip(m.role(), Lengths.PHRASE);
        }
        if (person.affiliation == null) {
            person.affiliation = clip(m.affiliation(), Lengths.NAME);
        }
        var known = new LinkedHashSet<>(PersonAlias.of(person));
        var aliases = new LinkedHashSet<String>();
        if (!m.name().equals(person.name)) {
            aliases.add(m.name());
        }
        aliases.addAll(m.aliases());
        for (String alias : aliases) {
            String clipped = clip(alias, Lengths.PHRASE);
            if (clipped != null && !clipped.isBlank() && !clipped.equals(person.name) && known.add(clipped)) {
                var a = new PersonAlias();
                a.person = person;
                a.alias = clipped;
                a.aliasKey = NameKey.of(clipped);
                a.persist();
            }
        }
        return person;
    }

    /**
     * The keys under which an earlier article may know this person: the name, and each alias that is a name too (two
     * words or more, with the surname), never a bare surname or a description such as "the top US diplomat".
     */
    private static Set<String> nameKeys(PersonMention m) {
        String key = NameKey.of(m.name());
        String surname = key.substring(key.lastIndexOf(' ') + 1);
        Set<String> keys = new LinkedHashSet<>();
        keys.add(key);
        for (String alias : m.aliases()) {
            String aliasKey = NameKey.of(alias);
            if (NameKey.identifies(alias) && List.of(aliasKey.split(" ")).contains(surname)) {
                keys.add(aliasKey);
            }
        }
        return keys;
    }

    private static Statement persistStatement(Article article, Quotation q, Person speaker) {
        var s = new Statement();
        s.article = article;
        s.speaker = speaker;
        s.source = speaker == null ? clip(q.source(), Lengths.PHRASE) : null;
        s.text = q.text();
        s.context = q.context() == null ? q.text() : q.context();
        s.startOffset = q.start();
        s.endOffset = q.end();
        s.statedOn = q.statedOn();
        s.attribution = q.attribution();
        if (q.parts().size() > 1) {
            q.parts().forEach(p -> s.parts.add(new QuotePart(p.start(), p.end())));
        }
        s.persist();
        return s;
    }

    private static void persistDeployment(Article article, DeploymentReport r, List<Statement> statements) {
        var d = new Deployment();
        d.article = article;
        d.origin = clip(r.origin(), Lengths.NAME);
        d.hostCountry = clip(r.hostCountry(), Lengths.NAME);
        d.region = clip(r.region(), Lengths.NAME);
        d.troops = r.troops();
        d.troopsQualifier = r.troopsQualifier();
        d.status = r.status();
        r.training().forEach(t -> d.training.add(clip(t, Lengths.NAME)));
        d.claimedBy = clip(r.claimedBy(), Lengths.PHRASE);
        d.evidence = r.evidence();
        d.evidenceStart = r.evidenceStart();
        d.evidenceEnd = r.evidenceEnd();
        r.quotations().forEach(i -> d.statements.add(statements.get(i)));
        d.persist();
    }

    private static boolean isUniqueKeyClash(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    private static String clip(String s, int max) {
        if (s == null) {
            return null;
        }
        String stripped = s.strip();
        return stripped.length() <= max ? stripped : stripped.substring(0, max);
    }
}
