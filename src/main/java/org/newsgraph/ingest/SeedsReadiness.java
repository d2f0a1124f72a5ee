package org.newsgraph.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready until the seeds are in: a load balancer should not send readers to an empty graph. */
@Readiness
@ApplicationScoped
public class SeedsReadiness implements HealthCheck {
    @Inject
    SeedLoader seeds;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("seeds").status(seeds.loaded()).build();
    }
}
