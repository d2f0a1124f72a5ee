package org.newsgraph.person;

import java.util.List;

import jakarta.validation.Valid;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.newsgraph.article.Article;
import org.newsgraph.graphql.Batch;
import org.newsgraph.graphql.Ids;
import org.newsgraph.graphql.PageRequest;
import org.newsgraph.graphql.Where;
import org.newsgraph.statement.Statement;
import org.newsgraph.statement.StatementConnection;

/** The people of the graph, and the fields that lead from a person to what they said and where. */
@GraphQLApi
public class PersonApi {

    @Query
    @NonNull
    @Description("People named in the articles, in the order they were first seen")
    public PersonConnection people(@Valid PersonFilter filter, Integer first, String after) {
        var page = PageRequest.of(first, after);
        var where = new Where();
        if (filter != null) {
            where.and("""
                    (lower(name) like :name escape '!'
                     or id in (select a.person.id from PersonAlias a where lower(a.alias) like :name escape '!'))""",
                    "name", Where.contains(filter.name()))
                    .and("lower(affiliation) like :affiliation escape '!'", "affiliation",
                            Where.contains(filter.affiliation()));
        }
        List<Person> rows = page.fetch(Person.find(where.pageJpql(), where.pageParams(page)));
        return new PersonConnection(rows, Person.count(where.jpql(), where.params()), page);
    }

    @Query
    @Description("One person by id; null if there is none")
    public Person person(@NonNull @Id String id) {
        return Person.findById(Ids.parse(id));
    }

    // Each field below answers for a whole batch of people in one query, so a page of 50 people costs the same
    // number of SQL statements as a page of 5.

    @NonNull
    @Description("Other strings the articles use for this person: surname, titled name, description, spellings")
    public List<@NonNull List<@NonNull String>> aliases(@Source List<Person> people) {
        return Batch.lists(people, PersonAlias.byPeople(Ids.of(people)));
    }

    @NonNull
    @Description("The articles that name this person, oldest first")
    public List<@NonNull List<@NonNull Article>> articles(@Source List<Person> people) {
        return Batch.lists(people, Person.articlesOf(Ids.of(people)));
    }

    @NonNull
    @Description("What this person said, in the order it was ingested")
    public List<@NonNull StatementConnection> statements(@Source List<Person> people, Integer first, String after) {
        var page = PageRequest.of(first, after);
        var ids = Ids.of(people);
        return Batch.pages(people, Statement.pageBySpeakers(ids, page.afterId(), page.fetchSize()),
                Statement.countBySpeakers(ids), p -> new StatementConnection(p.rows(), p.total(), page));
    }
}
