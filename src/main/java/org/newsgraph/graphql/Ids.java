package org.newsgraph.graphql;

import java.util.Collection;
import java.util.List;

/** Turns the API's opaque {@code ID} strings into database keys and back. */
public final class Ids {
    private Ids() {
    }

    /** @throws InvalidInputException when the id cannot be one of ours, so clients learn of typos at once */
    public static long parse(String id) {
        if (id == null || id.isEmpty() || id.length() > 19 || !id.chars().allMatch(Character::isDigit)) {
            throw new InvalidInputException("'" + abbreviate(id) + "' is not a valid ID");
        }
        return Long.parseLong(id);
    }

    public static List<Long> of(Collection<? extends NodeEntity> nodes) {
        return nodes.stream().map(n -> n.id).toList();
    }

    static String abbreviate(String s) {
        if (s == null) {
            return "null";
        }
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
