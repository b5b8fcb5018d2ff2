package vn.ocop.api.area;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the project's shared domain data lies when present: {@code ../shared/data} beside the repository (tests run
 * in {@code api-service/}, so two levels up). Tests that read it skip when it is absent.
 */
public final class SharedData {

    private SharedData() {
    }

    public static Path directory() {
        Path here = Path.of("").toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve("data");
            if (Files.isDirectory(dir.resolve(".git")) || Files.isRegularFile(dir.resolve("mvnw"))) {
                return candidate;
            }
        }
        return here.resolveSibling("shared").resolve("data");
    }
}
