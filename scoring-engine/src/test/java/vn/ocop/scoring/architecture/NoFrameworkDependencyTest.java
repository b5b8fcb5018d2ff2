package vn.ocop.scoring.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The engine is pure Java: no class compiled from {@code src/main/java} may refer to a framework type. The
 * test reads the constant pool of every compiled engine class (class references appear there as internal
 * names such as {@code jakarta/inject/Inject}) and fails on any forbidden package; it also checks that the
 * module's runtime classpath holds nothing but Jackson.
 */
class NoFrameworkDependencyTest {

    private static final List<String> FORBIDDEN = List.of("jakarta/", "javax/enterprise/", "javax/inject/", "javax/ws/",
            "javax/persistence/", "io/quarkus/", "io/smallrye/", "org/springframework/", "org/eclipse/microprofile/",
            "io/micronaut/", "com/google/inject/", "org/hibernate/", "io/vertx/");

    private static final Path CLASSES = Path.of("target/classes");

    @Test
    void noCompiledEngineClassRefersToAFramework() throws IOException {
        assertThat(CLASSES).isDirectory();
        List<String> offences = new ArrayList<>();
        int classes = 0;
        try (Stream<Path> files = Files.walk(CLASSES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                classes++;
                String pool = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                for (String forbidden : FORBIDDEN) {
                    if (pool.contains(forbidden) || pool.contains("L" + forbidden)) {
                        offences.add(CLASSES.relativize(file) + " refers to " + forbidden);
                    }
                }
            }
        }
        assertThat(classes).isGreaterThan(20);
        assertThat(offences).isEmpty();
    }

    @Test
    void theRuntimeClasspathHoldsOnlyJackson() {
        String classpath = System.getProperty("java.class.path");
        List<String> runtimeJars = Stream.of(classpath.split(java.io.File.pathSeparator))
                .filter(p -> p.endsWith(".jar"))
                .filter(p -> !p.contains("junit") && !p.contains("jqwik") && !p.contains("assertj") && !p.contains("opentest4j")
                        && !p.contains("apiguardian") && !p.contains("jspecify") && !p.contains("surefire") && !p.contains("byte-buddy")
                        && !p.contains("jmh") && !p.contains("jopt") && !p.contains("commons-math"))
                .toList();
        assertThat(runtimeJars).allSatisfy(jar -> assertThat(jar).contains("jackson"));
    }
}
