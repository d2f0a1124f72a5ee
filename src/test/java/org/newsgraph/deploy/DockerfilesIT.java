package org.newsgraph.deploy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The images cannot be built here (no Docker engine), so this checks what a build would need: after packaging, every
 * path the Dockerfiles copy exists, the seeds go in, and the image runs as a non-root user.
 */
class DockerfilesIT {
    private static final Path DOCKER = Path.of("src/main/docker");

    @Test
    void everythingTheJvmImageCopiesExistsAfterPackage() throws IOException {
        assertCopiesExist(DOCKER.resolve("Dockerfile.jvm"));
    }

    @Test
    void everythingTheNativeImageCopiesExistsAfterANativePackage() throws IOException {
        assumeTrue(matches("target/*-runner").findAny().isPresent(),
                "no native binary built (./mvnw package -Dnative)");
        assertCopiesExist(DOCKER.resolve("Dockerfile.native"));
    }

    private static void assertCopiesExist(Path dockerfile) throws IOException {
        List<String> lines = Files.readAllLines(dockerfile);
        List<String[]> copies = lines.stream().filter(l -> l.startsWith("COPY ")).map(l -> l.split("\\s+")).toList();
        assertFalse(copies.isEmpty(), dockerfile + " copies nothing");
        for (String[] copy : copies) {
            List<String> sources = Arrays.stream(copy, 1, copy.length - 1).filter(a -> !a.startsWith("--")).toList();
            for (String source : sources) {
                assertTrue(matches(source).findAny().isPresent(), dockerfile + ": " + source + " does not exist");
            }
        }
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("COPY") && l.contains("seeds/")), "the seeds go in");
        assertTrue(lines.stream().anyMatch(l -> l.matches("USER [0-9]+")), "runs as a numeric non-root user");
        assertFalse(lines.stream().anyMatch(l -> l.equals("USER 0") || l.equals("USER root")), "not as root");
    }

    private static Stream<Path> matches(String source) throws IOException {
        String pattern = source.endsWith("/") ? source.substring(0, source.length() - 1) : source;
        var matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        Path parent = Path.of(pattern).getParent() == null ? Path.of("") : Path.of(pattern).getParent();
        if (!Files.isDirectory(parent.toAbsolutePath())) {
            return Stream.empty();
        }
        try (Stream<Path> children = Files.list(parent.toAbsolutePath())) {
            return children.map(p -> parent.resolve(p.getFileName())).filter(matcher::matches).toList().stream();
        }
    }
}
