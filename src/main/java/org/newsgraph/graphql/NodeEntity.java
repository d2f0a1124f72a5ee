package org.newsgraph.graphql;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.MappedSuperclass;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * Base of every entity the API serves: Panache's own {@code Long id} would surface as {@code BigInteger}, so the id is
 * declared here and exposed as a GraphQL {@code ID}.
 */
@MappedSuperclass
public abstract class NodeEntity extends PanacheEntityBase {
    @jakarta.persistence.Id
    @GeneratedValue
    @Id
    @NonNull
    public Long id;
}
