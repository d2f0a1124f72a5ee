package org.newsgraph.graphql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The where-clause of a filtered list, built from whichever filter fields the client set. */
public final class Where {
    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    /** Adds {@code clause} with {@code value} bound to {@code :param}, unless the client left the value out. */
    public Where and(String clause, String param, Object value) {
        if (value != null) {
            clauses.add(clause);
            params.put(param, value);
        }
        return this;
    }

    /** A LIKE pattern that finds {@code text} anywhere, case-insensitively; {@code %} and {@code _} match literally. */
    public static String contains(String text) {
        if (text == null) {
            return null;
        }
        String escaped = text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }

    public String jpql() {
        return clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
    }

    public Map<String, Object> params() {
        return Map.copyOf(params);
    }

    /** The same filter, restricted to the rows after the page's cursor, in the order cursors follow. */
    public String pageJpql() {
        return jpql() + " and id > :after order by id";
    }

    public Map<String, Object> pageParams(PageRequest page) {
        var withCursor = new HashMap<>(params);
        withCursor.put("after", page.afterId());
        return withCursor;
    }
}
