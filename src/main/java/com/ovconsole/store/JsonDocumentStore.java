package com.ovconsole.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JavaType;

/**
 * One JSON document on disk. Reads never throw: an absent file gives the default, an unreadable
 * one is moved aside to {@code <name>.corrupt-<timestamp>} and reported as a warning. Writes are
 * atomic and serialised per store.
 */
public final class JsonDocumentStore<T> {

    private static final System.Logger LOG = System.getLogger(JsonDocumentStore.class.getName());
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Path file;
    private final JavaType type;
    private final Supplier<T> defaultValue;
    private final String description;
    private final Clock clock;
    private final Object lock = new Object();

    /**
     * @param description what the file holds, as the start of a sentence ("Your appliance list"),
     *     used in the warnings shown to the user
     */
    public JsonDocumentStore(Path file, TypeReference<T> type, Supplier<T> defaultValue, String description) {
        this(file, StoreJson.mapper().getTypeFactory().constructType(type), defaultValue, description, Clock.systemUTC());
    }

    JsonDocumentStore(Path file, JavaType type, Supplier<T> defaultValue, String description, Clock clock) {
        this.file = Objects.requireNonNull(file, "file");
        this.type = Objects.requireNonNull(type, "type");
        this.defaultValue = Objects.requireNonNull(defaultValue, "defaultValue");
        this.description = Objects.requireNonNull(description, "description");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Path file() {
        return file;
    }

    public LoadResult<T> load() {
        synchronized (lock) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (NoSuchFileException e) {
                return LoadResult.ok(defaultValue.get());
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "Cannot read " + file, e);
                return withWarning(description + " could not be read (" + e.getMessage() + "). Defaults are used for now.");
            }
            try {
                T value = StoreJson.mapper().readValue(bytes, type);
                if (value != null) {
                    return LoadResult.ok(value);
                }
                return quarantine("the file holds only null");
            } catch (JacksonException e) {
                return quarantine(e.getOriginalMessage());
            }
        }
    }

    /** Writes the value atomically; the previous file survives any failure. */
    public void save(T value) {
        Objects.requireNonNull(value, "value");
        synchronized (lock) {
            try {
                byte[] bytes = StoreJson.mapper().writeValueAsBytes(value);
                AtomicFiles.write(file, bytes);
            } catch (IOException | JacksonException e) {
                LOG.log(System.Logger.Level.WARNING, "Cannot write " + file, e);
                throw new StoreException(description + " could not be saved to " + file + ": " + e.getMessage(), e);
            }
        }
    }

    public void delete() {
        synchronized (lock) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new StoreException(description + " could not be deleted (" + file + "): " + e.getMessage(), e);
            }
        }
    }

    private LoadResult<T> quarantine(String reason) {
        LOG.log(System.Logger.Level.WARNING, "Unreadable " + file + ": " + reason);
        try {
            Path moved = moveAside();
            return withWarning(description + " could not be read and was moved to " + moved
                    + ". Defaults are used instead.");
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Cannot move " + file + " aside", e);
            return withWarning(description + " could not be read, nor moved aside (" + e.getMessage()
                    + "). Defaults are used; saving will replace " + file + ".");
        }
    }

    private Path moveAside() throws IOException {
        String base = file.getFileName() + ".corrupt-" + STAMP.format(clock.instant());
        for (int attempt = 0; ; attempt++) {
            Path target = file.resolveSibling(attempt == 0 ? base : base + "-" + attempt);
            try {
                return Files.move(file, target);
            } catch (FileAlreadyExistsException e) {
                // Two bad reads in the same second: try the next suffix.
            }
        }
    }

    private LoadResult<T> withWarning(String warning) {
        return new LoadResult<>(defaultValue.get(), List.of(warning));
    }
}
