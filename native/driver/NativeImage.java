import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

/**
 * The {@code native-image} command for a GraalVM home assembled by native/toolchain.sh: turns
 * the options users and Quarkus pass into the arguments of the image builder (the
 * {@code org.graalvm.nativeimage:svm} jar from Maven Central) and runs it on this JDK.
 *
 * <p>It runs on the home's own {@code bin/java}, which is also the builder's JDK: the builder
 * finds its C libraries and the JDK's static libraries below {@code java.home}.
 */
public final class NativeImage {

    private static final String BUILDER_MAIN = "org.graalvm.nativeimage.builder/com.oracle.svm.hosted.NativeImageGeneratorRunner";

    /** Configuration files libraries ship below META-INF/native-image, and the builder option that reads each. */
    private static final Map<String, String> CONFIG_FILE_OPTIONS = Map.of(
            "reflect-config.json", "ReflectionConfigurationResources",
            "resource-config.json", "ResourceConfigurationResources",
            "jni-config.json", "JNIConfigurationResources",
            "proxy-config.json", "DynamicProxyConfigurationResources",
            "serialization-config.json", "SerializationConfigurationResources",
            "predefined-classes-config.json", "PredefinedClassesConfigurationResources",
            "reachability-metadata.json", "ReachabilityMetadataResources");

    /**
     * The builder's API options (its {@code @APIOption} annotations, read off the svm jar): the
     * {@code --name[=value]} form on the left, the {@code -H:} option it sets on the right.
     * Each function gets the text after '=', or null when the option came without one.
     */
    private static final Map<String, Function<String, String>> API_OPTIONS = Map.ofEntries(
            Map.entry("--features", v -> "-H:Features=" + v),
            Map.entry("--initialize-at-build-time", v -> "-H:ClassInitialization=" + initialization(v, "build_time")),
            Map.entry("--initialize-at-run-time", v -> "-H:ClassInitialization=" + initialization(v, "run_time")),
            Map.entry("--link-at-build-time", v -> "-H:LinkAtBuildTime=" + orEmpty(v)),
            Map.entry("--link-at-build-time-paths", v -> "-H:LinkAtBuildTimePaths=" + v),
            Map.entry("--enable-url-protocols", v -> "-H:EnableURLProtocols=" + v),
            Map.entry("--enable-http", v -> "-H:EnableURLProtocols=http"),
            Map.entry("--enable-https", v -> "-H:EnableURLProtocols=https"),
            Map.entry("--enable-all-security-services", v -> "-H:+EnableAllSecurityServices"),
            Map.entry("--enable-monitoring", v -> "-H:EnableMonitoringFeatures=" + (v == null ? "<deprecated-default>" : v)),
            Map.entry("--enable-native-access", v -> "-H:EnableNativeAccess=" + v),
            Map.entry("--report-unsupported-elements-at-runtime", v -> "-H:+ReportUnsupportedElementsAtRuntime"),
            Map.entry("--allow-incomplete-classpath", v -> "-H:+AllowIncompleteClasspath"),
            Map.entry("--parallelism", v -> "-H:NumberOfThreads=" + v),
            Map.entry("-march", v -> "-H:MicroArchitecture=" + v),
            Map.entry("--no-fallback", v -> "-H:FallbackThreshold=0"),
            Map.entry("--static", v -> "-H:+StaticExecutable"),
            Map.entry("--static-nolibc", v -> "-H:+StaticExecutableWithDynamicLibC"),
            Map.entry("--shared", v -> "-H:+SharedLibrary"),
            Map.entry("--libc", v -> "-H:UseLibC=" + v),
            Map.entry("--gc", v -> "-H:+Use" + Character.toUpperCase(v.charAt(0)) + v.substring(1) + "GC"),
            Map.entry("--trace-class-initialization", v -> "-H:TraceClassInitialization=" + v),
            Map.entry("--trace-object-instantiation", v -> "-H:TraceObjectInstantiation=" + v),
            Map.entry("--native-compiler-path", v -> "-H:CCompilerPath=" + v),
            Map.entry("--native-compiler-options", v -> "-H:CCompilerOption=" + v),
            Map.entry("--native-image-info", v -> "-H:+DumpTargetInfo"),
            Map.entry("--exact-reachability-metadata", v -> "-H:ThrowMissingRegistrationErrors=" + orEmpty(v)),
            Map.entry("--exact-reachability-metadata-path", v -> "-H:ThrowMissingRegistrationErrorsPaths=" + v),
            Map.entry("--future-defaults", v -> "-H:FutureDefaults=" + (v == null ? "<default-value>" : v)),
            Map.entry("--install-exit-handlers", v -> "-H:+InstallExitHandlers"),
            Map.entry("--strict-image-heap", v -> "-H:+StrictImageHeap"),
            Map.entry("--color", v -> "-H:Color=" + v),
            Map.entry("--silent", v -> "-H:+BuildOutputSilent"),
            Map.entry("--list-cpu-features", v -> "-H:+ListCPUFeatures"),
            Map.entry("--enable-preview", v -> "-H:+EnablePreview"),
            Map.entry("-g", v -> "-H:GenerateDebugInfo=2"));

    /** Options whose value is the next argument (as well as after '='), all passed to the builder's class loader. */
    private static final Map<String, String> MODULE_OPTIONS = Map.of(
            "--add-exports", "AddExports", "--add-opens", "AddOpens", "--add-reads", "AddReads");

    private final Path home = Path.of(System.getProperty("java.home"));
    private final List<String> jvmArgs = new ArrayList<>();
    private final List<String> builderArgs = new ArrayList<>();
    private final Set<Path> classpath = new LinkedHashSet<>();
    private final Set<Path> modulePath = new LinkedHashSet<>();
    private final List<Pattern[]> excludedConfig = new ArrayList<>();
    private final Set<String> addedModules = new LinkedHashSet<>();
    private String mainClass;
    private String imageName;
    private boolean verbose;
    private boolean dryRun;

    public static void main(String[] args) throws Exception {
        List<String> expanded = expandArgFiles(List.of(args));
        NativeImage driver = new NativeImage();
        if (expanded.contains("--version")) {
            driver.printVersion();
            return;
        }
        if (expanded.isEmpty() || expanded.contains("--help")) {
            System.out.println("Usage: native-image [options] [mainclass] [imagename]");
            System.out.println("       native-image [options] -jar jarfile [imagename]");
            System.out.println("See native/README.md of newsgraph for the options this driver understands.");
            return;
        }
        try {
            driver.parse(expanded, true);
            driver.readClasspathMetaInf();
            System.exit(driver.build());
        } catch (UsageError e) {
            System.err.println("native-image: " + e.getMessage());
            System.exit(2);
        }
    }

    private Properties release() {
        Properties release = new Properties();
        try (InputStream in = Files.newInputStream(home.resolve("lib/svm/native-image-release.properties"))) {
            release.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("this GraalVM home was not assembled completely (run native/toolchain.sh)", e);
        }
        return release;
    }

    /**
     * The three lines of GraalVM CE's own {@code --version}, in the shape Quarkus parses: it
     * takes the builder version from "GraalVM CE x.y.z+build" and the Java version from "(build ...)".
     */
    private void printVersion() {
        Properties release = release();
        System.out.printf("native-image %s %s%n", release.getProperty("builder.version"), release.getProperty("builder.date"));
        System.out.printf("GraalVM Runtime Environment %s (build %s)%n", vendorVersion(release), Runtime.version());
        System.out.printf("Substrate VM %s (build %s, serial gc)%n", vendorVersion(release), Runtime.version());
    }

    /** Also read inside the builder, by features such as Quarkus's, through org.graalvm.vendorversion. */
    private static String vendorVersion(Properties release) {
        return "GraalVM CE " + release.getProperty("builder.version") + "+" + Runtime.version().build().orElse(0) + ".1";
    }

    private void parse(List<String> args, boolean commandLine) {
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
            if (arg.startsWith("-J")) {
                jvmArgs.add(arg.substring(2));
            } else if (arg.startsWith("-H:") || arg.startsWith("-R:")) {
                // -R: sets the default of a run-time option (heap sizes, say) inside the binary.
                builderArgs.add(arg);
            } else if (arg.startsWith("-D")) {
                jvmArgs.add(arg);
            } else if (arg.startsWith("-O") && arg.length() > 2) {
                builderArgs.add("-H:Optimize=" + arg.substring(2));
            } else if (Set.of("-cp", "-classpath", "--class-path").contains(name)) {
                addPaths(classpath, value != null ? value : next(args, ++i, arg));
            } else if (Set.of("-p", "--module-path").contains(name)) {
                addPaths(modulePath, value != null ? value : next(args, ++i, arg));
            } else if (arg.equals("-jar")) {
                readJar(Path.of(next(args, ++i, arg)));
            } else if (arg.equals("-o")) {
                imageName = next(args, ++i, arg);
            } else if (name.equals("--add-modules")) {
                // JDK modules reach the image through the builder's own boot layer.
                addedModules.addAll(List.of((value != null ? value : next(args, ++i, arg)).split(",")));
            } else if (MODULE_OPTIONS.containsKey(name)) {
                builderArgs.add("-H:" + MODULE_OPTIONS.get(name) + "=" + (value != null ? value : next(args, ++i, arg)));
            } else if (arg.equals("--exclude-config")) {
                excludedConfig.add(new Pattern[] {Pattern.compile(next(args, ++i, arg)), Pattern.compile(next(args, ++i, arg))});
            } else if (arg.equals("--verbose")) {
                verbose = true;
            } else if (arg.equals("--dry-run")) {
                dryRun = true;
            } else if (API_OPTIONS.containsKey(name)) {
                builderArgs.add(API_OPTIONS.get(name).apply(value));
            } else if (arg.startsWith("-")) {
                throw new UsageError("unsupported option " + arg + " (this driver knows the options listed in native/README.md)");
            } else if (commandLine) {
                positional.add(arg);
            } else {
                throw new UsageError("unexpected argument " + arg + " in a native-image.properties file");
            }
        }
        if (positional.size() > 2) {
            throw new UsageError("too many arguments: " + positional);
        }
        if (!positional.isEmpty()) {
            if (mainClass == null) {
                mainClass = positional.get(0);
                if (positional.size() > 1) {
                    imageName = positional.get(1);
                }
            } else if (positional.size() == 1) {
                imageName = positional.get(0);
            } else {
                throw new UsageError("main class given twice: by -jar and as " + positional.get(0));
            }
        }
    }

    /** {@code -jar}: the jar's manifest names the main class and the rest of the class path. */
    private void readJar(Path jar) {
        classpath.add(jar.toAbsolutePath());
        try (JarFile jarFile = new JarFile(jar.toFile())) {
            Manifest manifest = jarFile.getManifest();
            if (manifest != null) {
                mainClass = manifest.getMainAttributes().getValue("Main-Class");
                // As for java -jar: the builder runs the application's class initializers.
                for (String attribute : List.of("Add-Opens", "Add-Exports")) {
                    String packages = manifest.getMainAttributes().getValue(attribute);
                    if (packages != null) {
                        for (String modulePackage : packages.trim().split("\\s+")) {
                            String option = attribute.equals("Add-Opens") ? "AddOpens" : "AddExports";
                            jvmArgs.add("--" + attribute.toLowerCase() + "=" + modulePackage + "=ALL-UNNAMED");
                            builderArgs.add("-H:" + option + "=" + modulePackage + "=ALL-UNNAMED");
                        }
                    }
                }
                String manifestClassPath = manifest.getMainAttributes().getValue("Class-Path");
                if (manifestClassPath != null) {
                    for (String entry : manifestClassPath.trim().split("\\s+")) {
                        classpath.add(jar.toAbsolutePath().getParent().resolve(entry).normalize());
                    }
                }
            }
        } catch (IOException e) {
            throw new UsageError("cannot read " + jar + ": " + e.getMessage());
        }
        if (imageName == null) {
            imageName = jar.getFileName().toString().replaceFirst("\\.jar$", "");
        }
    }

    /**
     * Libraries carry their own builder arguments and configuration below META-INF/native-image
     * (native-image.properties, reflect-config.json, ...): apply them, unless --exclude-config
     * names them.
     */
    private void readClasspathMetaInf() {
        for (Path entry : List.copyOf(classpath)) {
            for (String resource : metaInfResources(entry)) {
                if (isExcluded(entry, resource)) {
                    continue;
                }
                String fileName = resource.substring(resource.lastIndexOf('/') + 1);
                if (fileName.equals("native-image.properties")) {
                    applyProperties(entry, resource);
                } else if (CONFIG_FILE_OPTIONS.containsKey(fileName)) {
                    builderArgs.add("-H:" + CONFIG_FILE_OPTIONS.get(fileName) + "=" + resource);
                }
            }
        }
    }

    private static List<String> metaInfResources(Path entry) {
        String prefix = "META-INF/native-image/";
        try {
            if (Files.isDirectory(entry)) {
                Path root = entry.resolve(prefix);
                if (!Files.isDirectory(root)) {
                    return List.of();
                }
                try (Stream<Path> files = Files.walk(root)) {
                    return files.filter(Files::isRegularFile)
                            .map(f -> entry.relativize(f).toString().replace('\\', '/'))
                            .sorted()
                            .collect(Collectors.toList());
                }
            }
            if (!Files.isRegularFile(entry)) {
                return List.of();
            }
            try (JarFile jar = new JarFile(entry.toFile())) {
                List<String> names = new ArrayList<>();
                for (Enumeration<? extends ZipEntry> e = jar.entries(); e.hasMoreElements();) {
                    ZipEntry zipEntry = e.nextElement();
                    if (!zipEntry.isDirectory() && zipEntry.getName().startsWith(prefix)) {
                        names.add(zipEntry.getName());
                    }
                }
                names.sort(null);
                return names;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read class path entry " + entry, e);
        }
    }

    private boolean isExcluded(Path entry, String resource) {
        for (Pattern[] exclusion : excludedConfig) {
            if (exclusion[0].matcher(entry.toString()).find()
                    && (exclusion[1].matcher("/" + resource).matches() || exclusion[1].matcher(resource).matches())) {
                return true;
            }
        }
        return false;
    }

    private void applyProperties(Path entry, String resource) {
        Properties properties = new Properties();
        try {
            if (Files.isDirectory(entry)) {
                try (InputStream in = Files.newInputStream(entry.resolve(resource))) {
                    properties.load(in);
                }
            } else {
                try (JarFile jar = new JarFile(entry.toFile()); InputStream in = jar.getInputStream(jar.getEntry(resource))) {
                    properties.load(in);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + " in " + entry, e);
        }
        String directory = entry.resolve(resource).getParent().toString();
        String args = properties.getProperty("Args");
        if (args != null) {
            parse(tokenize(args.replace("${.}", directory)), false);
        }
        String javaArgs = properties.getProperty("JavaArgs");
        if (javaArgs != null) {
            jvmArgs.addAll(tokenize(javaArgs.replace("${.}", directory)));
        }
        if (imageName == null && properties.getProperty("ImageName") != null) {
            imageName = properties.getProperty("ImageName");
        }
    }

    private int build() throws IOException, InterruptedException {
        if (mainClass == null && !builderArgs.contains("-H:+SharedLibrary")) {
            throw new UsageError("no main class: pass one, or -jar with a Main-Class in its manifest");
        }
        Path output = Path.of(imageName != null ? imageName : mainClass.toLowerCase()).toAbsolutePath();
        Path svm = home.resolve("lib/svm");

        List<String> command = new ArrayList<>(List.of(
                "-XX:+UnlockExperimentalVMOptions", "-XX:+EnableJVMCI", "-XX:-UseJVMCICompiler",
                "-XX:+UseParallelGC", "-Xss10m", "-Dfile.encoding=UTF-8",
                "-Dorg.graalvm.nativeimage.imagecode=buildtime",
                "-Djava.system.class.loader=com.oracle.svm.hosted.NativeImageSystemClassLoader",
                "--enable-native-access=org.graalvm.nativeimage.builder",
                "-Dorg.graalvm.vendorversion=" + vendorVersion(release())));
        List<Path> builderJars = jars(svm.resolve("builder"));
        List<Path> compilerJars = jars(svm.resolve("compiler"));
        List<Path> allJars = new ArrayList<>(builderJars);
        allJars.addAll(compilerJars);
        command.addAll(internalExports(allJars, addedModules));
        command.addAll(jvmArgs);
        addedModules.add("ALL-DEFAULT");
        command.addAll(List.of(
                "--add-modules=" + String.join(",", addedModules),
                "--module-path", joinPaths(builderJars),
                "--upgrade-module-path", joinPaths(compilerJars),
                "-m", BUILDER_MAIN));
        command.addAll(startupCodeLayout(svm));
        if (!classpath.isEmpty()) {
            command.addAll(List.of("-imagecp", joinPaths(classpath)));
        }
        if (!modulePath.isEmpty()) {
            command.addAll(List.of("-imagemp", joinPaths(modulePath)));
        }
        command.add("-H:CLibraryPath=" + svm.resolve("clibraries/linux-amd64"));
        command.add("-H:Path=" + output.getParent());
        command.add("-H:Name=" + output.getFileName());
        if (mainClass != null) {
            command.add("-H:Class=" + mainClass);
        }
        command.add("-H:ImageBuildID=" + UUID.randomUUID());
        command.addAll(builderArgs);

        Path argFile = Files.createTempFile("native-image-builder", ".args");
        try {
            Files.write(argFile, command.stream().map(NativeImage::quote).collect(Collectors.toList()), StandardCharsets.UTF_8);
            if (verbose || dryRun) {
                System.err.println("Executing [" + home.resolve("bin/java") + " " + String.join(" \\\n", command) + "]");
            }
            if (dryRun) {
                return 0;
            }
            Process builder = new ProcessBuilder(home.resolve("bin/java").toString(), "@" + argFile).inheritIO().start();
            return builder.waitFor();
        } finally {
            Files.deleteIfExists(argFile);
        }
    }

    /**
     * The toolchain's own feature, native/layout, on the image class path of every build: it needs
     * the builder's packages it calls, and reflection into the one holding the image singletons.
     */
    private List<String> startupCodeLayout(Path svm) {
        Path jar = svm.resolve("layout/startup-code-layout.jar");
        if (!Files.isRegularFile(jar)) {
            return List.of();
        }
        classpath.add(jar);
        return List.of(
                "-H:Features=org.newsgraph.nativeimage.StartupCodeLayout",
                "-H:AddOpens=org.graalvm.nativeimage.builder/com.oracle.svm.hosted=ALL-UNNAMED",
                "-H:AddExports=org.graalvm.nativeimage.builder/com.oracle.svm.hosted.code=ALL-UNNAMED",
                "-H:AddExports=org.graalvm.nativeimage.builder/com.oracle.svm.hosted.meta=ALL-UNNAMED",
                "-H:AddExports=jdk.graal.compiler/jdk.graal.compiler.code=ALL-UNNAMED");
    }

    /**
     * The builder uses packages the JDK does not export, across most of its modules: export every
     * non-exported package of the JDK modules the builder's JVM resolves (the default set plus
     * what the builder requires) to the builder's modules, as a GraalVM JDK would.
     */
    private static List<String> internalExports(List<Path> builderJars, Set<String> addedModules) {
        ModuleFinder builder = ModuleFinder.of(builderJars.toArray(Path[]::new));
        Set<String> builderModules = builder.findAll().stream().map(r -> r.descriptor().name()).collect(Collectors.toSet());
        Set<String> roots = new LinkedHashSet<>(builderModules);
        roots.addAll(addedModules);
        Configuration resolved = ModuleLayer.boot().configuration().resolve(builder, ModuleFinder.ofSystem(), roots);
        List<ModuleDescriptor> jdkModules = new ArrayList<>();
        ModuleLayer.boot().modules().forEach(m -> jdkModules.add(m.getDescriptor()));
        resolved.modules().stream()
                .filter(m -> !builderModules.contains(m.name()))
                .forEach(m -> jdkModules.add(m.reference().descriptor()));
        String targets = String.join(",", builderModules);
        List<String> exports = new ArrayList<>();
        for (ModuleDescriptor module : jdkModules) {
            Set<String> exported = module.exports().stream()
                    .filter(e -> !e.isQualified())
                    .map(ModuleDescriptor.Exports::source)
                    .collect(Collectors.toSet());
            for (String pkg : module.packages()) {
                if (!exported.contains(pkg)) {
                    exports.add("--add-exports=" + module.name() + "/" + pkg + "=" + targets);
                }
            }
        }
        exports.sort(null);
        return exports;
    }

    private static List<Path> jars(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".jar")).sorted().collect(Collectors.toList());
        }
    }

    private static String joinPaths(Iterable<Path> paths) {
        List<String> strings = new ArrayList<>();
        paths.forEach(p -> strings.add(p.toString()));
        return String.join(java.io.File.pathSeparator, strings);
    }

    private static void addPaths(Set<Path> target, String paths) {
        for (String path : paths.split(java.io.File.pathSeparator)) {
            if (!path.isEmpty()) {
                target.add(Path.of(path).toAbsolutePath().normalize());
            }
        }
    }

    private static String next(List<String> args, int index, String option) {
        if (index >= args.size()) {
            throw new UsageError(option + " needs a value");
        }
        return args.get(index);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** {@code a,b} becomes {@code a:build_time,b:build_time}; no value means every class. */
    private static String initialization(String classes, String when) {
        if (classes == null || classes.isEmpty()) {
            return ":" + when;
        }
        return Stream.of(classes.split(",")).map(c -> c + ":" + when).collect(Collectors.joining(","));
    }

    /** Arguments from {@code @file}s, in the java launcher's argument-file syntax. */
    private static List<String> expandArgFiles(List<String> args) throws IOException {
        List<String> result = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("@") && arg.length() > 1) {
                result.addAll(expandArgFiles(tokenize(Files.readString(Path.of(arg.substring(1))))));
            } else {
                result.add(arg);
            }
        }
        return result;
    }

    /** Splits on white space outside quotes; a backslash escapes the next character inside quotes. */
    private static List<String> tokenize(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = null;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && i + 1 < text.length()) {
                    current.append(text.charAt(++i));
                } else {
                    current.append(c);
                }
            } else if (Character.isWhitespace(c)) {
                if (current != null) {
                    tokens.add(current.toString());
                    current = null;
                }
            } else if (c == '#' && current == null && (i == 0 || text.charAt(i - 1) == '\n')) {
                while (i + 1 < text.length() && text.charAt(i + 1) != '\n') {
                    i++;
                }
            } else {
                if (current == null) {
                    current = new StringBuilder();
                }
                if (c == '"' || c == '\'') {
                    quote = c;
                } else {
                    current.append(c);
                }
            }
        }
        if (current != null) {
            tokens.add(current.toString());
        }
        return tokens;
    }

    private static String quote(String arg) {
        return "\"" + arg.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static final class UsageError extends RuntimeException {
        UsageError(String message) {
            super(message);
        }
    }
}
