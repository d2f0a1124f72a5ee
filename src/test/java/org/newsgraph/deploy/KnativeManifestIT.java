package org.newsgraph.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/** The Knative Service that `./mvnw package` generates: scale to zero, health probes, sizing, configuration. */
class KnativeManifestIT {

    @Test
    void theGeneratedServiceScalesToZeroProbesHealthAndTakesItsSecrets() throws IOException {
        JsonObject service;
        try (Reader in = Files.newBufferedReader(Path.of("target/kubernetes/knative.json"))) {
            service = Json.createReader(in).readArray().stream().map(v -> v.asJsonObject())
                    .filter(o -> o.getString("kind").equals("Service")).findFirst().orElseThrow();
        }
        assertEquals("serving.knative.dev/v1", service.getString("apiVersion"));
        JsonObject template = service.getJsonObject("spec").getJsonObject("template");
        assertEquals("0", template.getJsonObject("metadata").getJsonObject("annotations")
                .getString("autoscaling.knative.dev/min-scale"));

        JsonObject container = template.getJsonObject("spec").getJsonArray("containers").getJsonObject(0);
        assertTrue(container.getString("image").contains("newsgraph/newsgraph:"), container.getString("image"));
        assertEquals("/q/health/live", container.getJsonObject("livenessProbe").getJsonObject("httpGet")
                .getString("path"));
        assertEquals("/q/health/ready", container.getJsonObject("readinessProbe").getJsonObject("httpGet")
                .getString("path"));
        JsonObject resources = container.getJsonObject("resources");
        assertEquals("128Mi", resources.getJsonObject("requests").getString("memory"));
        assertEquals("256Mi", resources.getJsonObject("limits").getString("memory"));
        assertTrue(container.getJsonArray("env").stream().map(v -> v.asJsonObject())
                .anyMatch(e -> e.getString("name").equals("NEWSGRAPH_SEEDS_DIR")));
        assertEquals("newsgraph", container.getJsonArray("envFrom").getJsonObject(0).getJsonObject("secretRef")
                .getString("name"));
    }
}
