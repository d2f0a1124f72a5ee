package org.newsgraph.extract;

import java.util.List;

/**
 * A person the article names: the fullest form of the name it gives, the other strings it uses for them (surname,
 * titled name, descriptor, spelling variants), and role and affiliation when the text states them.
 */
public record PersonMention(String name, List<String> aliases, String role, String affiliation) {
    public PersonMention {
        aliases = List.copyOf(aliases);
    }
}
