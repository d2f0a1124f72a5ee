package org.newsgraph.deployment;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.newsgraph.Lengths;
import org.newsgraph.extract.DeploymentStatus;

/** Which deployments to list; unset fields do not filter. */
@Description("Which deployments to list; fields left out do not filter")
@Input("DeploymentFilter")
public record DeploymentFilter(
        @Size(max = Lengths.NAME) @Description("The country whose troops they are, any case, e.g. north korea") String origin,
        @Size(max = Lengths.NAME) @Description("The country they are in, any case") String hostCountry,
        @Description("Only deployments in this status") DeploymentStatus status) {
}
