package org.newsgraph.graphql;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;
import static java.util.stream.Collectors.toMap;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Answers a batched {@code @Source List<...>} field: one query fetched the children of every parent in the batch, and
 * these methods hand them back in the parents' order, as GraphQL requires.
 */
public final class Batch {
    private Batch() {
    }

    public static <C> List<List<C>> lists(List<? extends NodeEntity> parents, List<Keyed<C>> rows) {
        Map<Long, List<C>> byParent = rows.stream().collect(groupingBy(Keyed::key, mapping(Keyed::value, toList())));
        return parents.stream().map(p -> byParent.getOrDefault(p.id, List.of())).toList();
    }

    public static <C> List<C> singles(List<? extends NodeEntity> parents, List<Keyed<C>> rows) {
        Map<Long, C> byParent = rows.stream().collect(
                toMap(Keyed::key, Keyed::value, (a, b) -> a));
        return parents.stream().map(p -> byParent.get(p.id)).toList();
    }

    /** Pages of children per parent, from rows already cut to one page each and the per-parent totals. */
    public static <C extends NodeEntity, X> List<X> pages(List<? extends NodeEntity> parents, List<Keyed<C>> rows,
            List<Keyed<Long>> totals, Function<Page<C>, X> connection) {
        Map<Long, List<C>> byParent = rows.stream().collect(groupingBy(Keyed::key, mapping(Keyed::value, toList())));
        Map<Long, Long> totalByParent = totals.stream().collect(
                toMap(Keyed::key, Keyed::value));
        return parents.stream()
                .map(p -> connection.apply(new Page<>(byParent.getOrDefault(p.id, List.of()),
                        totalByParent.getOrDefault(p.id, 0L))))
                .toList();
    }

    /** One parent's rows (at most a page and one more) and how many there are in all. */
    public record Page<C>(List<C> rows, long total) {
    }
}
