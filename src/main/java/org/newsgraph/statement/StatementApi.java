package org.newsgraph.statement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.Valid;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.newsgraph.article.Article;
import org.newsgraph.deployment.Deployment;
import org.newsgraph.graphql.Batch;
import org.newsgraph.graphql.Ids;
import org.newsgraph.graphql.InvalidInputException;
import org.newsgraph.graphql.PageRequest;
import org.newsgraph.graphql.Where;
import org.newsgraph.person.Person;

/** The statements of the graph and the fields that lead from a statement to its speaker, article and deployments. */
@GraphQLApi
public class StatementApi {
    private static final int MAX_WORDS = 10;

    @Query
    @NonNull
    @Description("Verbatim quotations, in the order they were ingested")
    public StatementConnection statements(@Valid StatementFilter filter, Integer first, String after) {
        var page = PageRequest.of(first, after);
        var where = new Where();
        if (filter != null) {
            where.and("speaker.id = :speaker", "speaker", filter.speaker() == null ? null : Ids.parse(filter.speaker()))
                    .and("article.id = :article", "article",
                            filter.article() == null ? null : Ids.parse(filter.article()))
                    .and("statedOn >= :from", "from", filter.statedFrom())
                    .and("statedOn <= :to", "to", filter.statedTo());
            List<String> words = filter.text() == null
                    ? List.of()
                    : Arrays.stream(filter.text().trim().split("\\s+")).filter(w -> !w.isEmpty()).toList();
            if (words.size() > MAX_WORDS) {
                throw new InvalidInputException("text may hold at most " + MAX_WORDS + " words");
            }
            for (int i = 0; i < words.size(); i++) {
                where.and("lower(text) like :word" + i + " escape '!'", "word" + i, Where.contains(words.get(i)));
            }
        }
        List<Statement> rows = page.fetch(Statement.find(where.pageJpql(), where.pageParams(page)));
        return new StatementConnection(rows, Statement.count(where.jpql(), where.params()), page);
    }

    @Query
    @Description("One statement by id; null if there is none")
    public Statement statement(@NonNull @Id String id) {
        return Statement.findById(Ids.parse(id));
    }

    // Each field below answers for a whole batch of statements in one query, so a page of 50 statements with their
    // speakers and articles costs the same number of SQL statements as a page of 5.

    @Description("The person who said it; null when no person is behind it (an organisation, an unnamed official)")
    public List<Person> speaker(@Source List<Statement> statements) {
        return Batch.singles(statements, Statement.speakersOf(Ids.of(statements)));
    }

    @NonNull
    @Description("The article the quotation is from")
    public List<@NonNull Article> article(@Source List<Statement> statements) {
        return Batch.singles(statements, Statement.articlesOf(Ids.of(statements)));
    }

    @NonNull
    @Description("The stretches of the article's text that hold the quoted words, in order: one, or several when the "
            + "attribution interrupts the quotation")
    public List<@NonNull List<@NonNull QuotePart>> parts(@Source List<Statement> statements) {
        List<List<QuotePart>> stored = Batch.lists(statements, Statement.partsOf(Ids.of(statements)));
        List<List<QuotePart>> out = new ArrayList<>(statements.size());
        for (int i = 0; i < statements.size(); i++) {
            Statement s = statements.get(i);
            out.add(stored.get(i).isEmpty() ? List.of(new QuotePart(s.startOffset, s.endOffset)) : stored.get(i));
        }
        return out;
    }

    @NonNull
    @Description("The deployments this statement speaks of")
    public List<@NonNull List<@NonNull Deployment>> deployments(@Source List<Statement> statements) {
        return Batch.lists(statements, Deployment.byStatements(Ids.of(statements)));
    }
}
