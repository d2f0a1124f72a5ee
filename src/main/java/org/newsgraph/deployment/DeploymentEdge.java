package org.newsgraph.deployment;

import org.newsgraph.graphql.Edge;

/** A deployment in a page, with its cursor. */
public class DeploymentEdge extends Edge<Deployment> {
    public DeploymentEdge(Deployment node) {
        super(node);
    }
}
