package dev.careshop.adapter.persistence.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/**
 * A statement kept in its own {@code .sql} file on the classpath, where it reads as SQL and where a benchmark can run
 * the very statement the adapter runs. Whole-line {@code --} comments are dropped: they explain the file, and
 * Hibernate's parameter parser need not read prose.
 */
public final class SqlResource {

    private SqlResource() {
    }

    /** The statement in {@code path} (relative to the classpath root), without its comment lines. */
    public static String load(String path) {
        try (InputStream in = SqlResource.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("No SQL resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.strip().startsWith("--"))
                    .collect(Collectors.joining("\n"))
                    .strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read SQL resource " + path, e);
        }
    }
}
