package org.newsgraph.deployment;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.newsgraph.graphql.Connection;
import org.newsgraph.graphql.PageRequest;

/** A page of deployments. */
@Description("A page of deployments")
public class DeploymentConnection extends Connection<Deployment, DeploymentEdge> {
    public DeploymentConnection(List<Deployment> rows, long totalCount, PageRequest page) {
        super(rows, totalCount, page, DeploymentEdge::new);
    }
}
