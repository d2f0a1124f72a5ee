package org.newsgraph.graphql;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A row of a batched query: a value and the id of the parent it belongs to. Hibernate builds these from
 * {@code select new org.newsgraph.graphql.Keyed(parent.id, child)}.
 */
// Hibernate builds it by reflection for `select new Keyed(...)`.
@RegisterForReflection
public record Keyed<T>(Long key, T value) {

    /** Runs a batched query whose {@code :ids} parameter takes the parents' ids. */
    public static <T> List<Keyed<T>> list(String jpql, Collection<Long> ids) {
        return list(jpql, Map.of("ids", ids));
    }

    @SuppressWarnings("unchecked")
    public static <T> List<Keyed<T>> list(String jpql, Map<String, Object> params) {
        var query = Panache.getEntityManager().createQuery(jpql, Keyed.class);
        params.forEach(query::setParameter);
        return (List<Keyed<T>>) (List<?>) query.getResultList();
    }
}
