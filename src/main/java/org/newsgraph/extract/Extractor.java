package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads one article and returns the people it names, the statements they (or organisations) make and the troop
 * deployments it reports. Plain Java with no state of its own: one instance serves every thread.
 */
public final class Extractor {

    public Extraction extract(ArticleText article) {
        Layout layout = new Layout(article.text());
        Bylines bylines = new Bylines(layout);
        People people = People.find(layout, bylines.paragraphs());
        Attributor attributor = new Attributor(layout, people);
        List<Quotation> quotations = new Statements(layout, attributor, bylines.paragraphs())
                .find(article.publishedOn());
        List<DeploymentReport> deployments = new Deployments(layout, attributor, people, bylines.paragraphs())
                .find(quotations);
        List<PersonMention> persons = new ArrayList<>();
        for (People.Person p : people.persons) {
            persons.add(p.toMention());
        }
        return new Extraction(persons, quotations, deployments, bylines.names());
    }
}
