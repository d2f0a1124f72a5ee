package org.newsgraph.nativeimage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.graalvm.nativeimage.ImageSingletons;
import org.graalvm.nativeimage.hosted.Feature;

import com.oracle.svm.hosted.ImageSingletonsSupportImpl.HostedManagement;
import com.oracle.svm.hosted.code.CodeLayoutOptimizationFeature;
import com.oracle.svm.hosted.code.CodeSectionLayouter;
import com.oracle.svm.hosted.meta.HostedMethod;

import jdk.graal.compiler.code.CompilationResult;

/**
 * Puts the methods a start-up profile lists at the front of the executable's code section, and all
 * others after them, each group in the builder's own order.
 *
 * <p>Linux maps 64 KB of a file around every page fault on it (fault-around), so code that start-up
 * runs, spread one method here and one there over the whole section, makes nearly the whole
 * section resident. Packed together, only the code start-up runs is.
 *
 * <p>The builder asks its {@link CodeSectionLayouter} singleton for the order, which its own
 * {@link CodeLayoutOptimizationFeature} installs before compilation; this feature runs after that one
 * and wraps it. ImageSingletons has no API to replace a singleton, hence the reflection (the driver
 * opens the package). The profile names methods as the binary's symbols do when it is built with
 * {@code -H:-DeleteLocalSymbols} (their unique short names), one a line;
 * {@code native/startup-profile.sh} records it. Without the system property {@value #PROFILE_PROPERTY}
 * the layout is the builder's.
 */
public class StartupCodeLayout implements Feature {
    static final String PROFILE_PROPERTY = "newsgraph.native.startup-methods";

    @Override
    public List<Class<? extends Feature>> getRequiredFeatures() {
        return List.of(CodeLayoutOptimizationFeature.class);
    }

    @Override
    public void beforeCompilation(BeforeCompilationAccess access) {
        String profile = System.getProperty(PROFILE_PROPERTY, "");
        if (profile.isBlank()) {
            return;
        }
        Set<String> startup = read(Path.of(profile));
        CodeSectionLayouter builders = ImageSingletons.lookup(CodeSectionLayouter.class);
        CodeSectionLayouter startupFirst = methods -> startupFirst(builders.layout(methods), methods, startup);
        try {
            Field singletons = HostedManagement.class.getDeclaredField("configObjects");
            singletons.setAccessible(true);
            @SuppressWarnings("unchecked")
            Map<Class<?>, Object> byKey = (Map<Class<?>, Object>) singletons.get(HostedManagement.get());
            byKey.put(CodeSectionLayouter.class, startupFirst);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("this GraalVM keeps its image singletons elsewhere", e);
        }
    }

    private static List<HostedMethod> startupFirst(List<HostedMethod> order, Map<HostedMethod, CompilationResult> code,
            Set<String> startup) {
        List<HostedMethod> first = new ArrayList<>();
        List<HostedMethod> rest = new ArrayList<>();
        long firstBytes = 0;
        long allBytes = 0;
        for (HostedMethod method : order) {
            int size = code.get(method).getTargetCodeSize();
            allBytes += size;
            if (startup.contains(method.getUniqueShortName())) {
                first.add(method);
                firstBytes += size;
            } else {
                rest.add(method);
            }
        }
        // A profile recorded on older code misses what changed since: the count says how stale it is.
        System.out.printf("Start-up code layout: %,d of the profile's %,d methods found, %.1f of %.1f MB of code first%n",
                first.size(), startup.size(), firstBytes / 1e6, allBytes / 1e6);
        first.addAll(rest);
        return first;
    }

    private static Set<String> read(Path profile) {
        try {
            Set<String> names = new HashSet<>();
            for (String line : Files.readAllLines(profile)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    names.add(line.strip());
                }
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the start-up profile " + profile, e);
        }
    }
}
