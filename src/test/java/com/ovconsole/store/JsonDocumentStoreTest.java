package com.ovconsole.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.type.TypeReference;

class JsonDocumentStoreTest {

    /** A value whose serialisation can be made to fail halfway. */
    record Sample(String name, int count, boolean explode) {
        @Override
        public boolean explode() {
            if (explode) {
                throw new IllegalStateException("cannot serialise");
            }
            return false;
        }
    }

    private static final Sample DEFAULT = new Sample("default", 0, false);

    @TempDir
    Path dir;

    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    private JsonDocumentStore<Sample> store(Path file) {
        return new JsonDocumentStore<>(file, new TypeReference<Sample>() { }, () -> DEFAULT, "Your sample");
    }

    @Test
    void savedValueReadsBack() {
        JsonDocumentStore<Sample> store = store(dir.resolve("s.json"));

        store.save(new Sample("x", 3, false));

        assertThat(store.load()).isEqualTo(LoadResult.ok(new Sample("x", 3, false)));
    }

    @Test
    void absentFileGivesTheDefaultWithoutWarning() {
        assertThat(store(dir.resolve("missing.json")).load()).isEqualTo(LoadResult.ok(DEFAULT));
    }

    @ParameterizedTest(name = "content [{0}]")
    @ValueSource(strings = {"{\"name\": \"x\", ", "[1, 2, 3]", "{\"count\": \"many\"}", "null", "", "\u0000\u00ff"})
    void unreadableFileIsMovedAsideReportedAndReplacedByTheDefault(String content) throws IOException {
        Path file = dir.resolve("s.json");
        CorruptFiles.write(file, content);

        LoadResult<Sample> result = store(file).load();

        assertThat(result.value()).isEqualTo(DEFAULT);
        CorruptFiles.assertMovedAside(file, content, result.warnings());
        assertThat(result.warnings().get(0)).startsWith("Your sample could not be read");
    }

    @Test
    void secondCorruptionInTheSameSecondGetsItsOwnName() throws IOException {
        Clock frozen = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);
        Path file = dir.resolve("s.json");
        JsonDocumentStore<Sample> store = new JsonDocumentStore<>(file,
                StoreJson.mapper().constructType(Sample.class), () -> DEFAULT, "Your sample", frozen);
        CorruptFiles.write(file, "first");
        store.load();
        CorruptFiles.write(file, "second");

        LoadResult<Sample> result = store.load();

        assertThat(dir.resolve("s.json.corrupt-20261127T100000Z")).hasContent("first");
        assertThat(dir.resolve("s.json.corrupt-20261127T100000Z-1")).hasContent("second");
        assertThat(result.warnings()).singleElement().asString().contains("s.json.corrupt-20261127T100000Z-1");
    }

    @Test
    void unknownFieldsFromANewerVersionAreIgnored() throws IOException {
        Path file = dir.resolve("s.json");
        CorruptFiles.write(file, "{\"name\":\"x\",\"count\":2,\"addedInVersion9\":{\"a\":[1]}}");

        assertThat(store(file).load()).isEqualTo(LoadResult.ok(new Sample("x", 2, false)));
    }

    @Test
    void failedSaveKeepsThePreviousFileAndSaysWhy() {
        Path file = dir.resolve("s.json");
        JsonDocumentStore<Sample> store = store(file);
        store.save(new Sample("good", 1, false));

        assertThatThrownBy(() -> store.save(new Sample("bad", 2, true)))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("Your sample could not be saved");

        assertThat(store.load()).isEqualTo(LoadResult.ok(new Sample("good", 1, false)));
    }

    @Test
    void concurrentSavesNeverExposeAHalfWrittenFile() throws Exception {
        Path file = dir.resolve("s.json");
        JsonDocumentStore<Sample> writerA = store(file);
        JsonDocumentStore<Sample> writerB = store(file); // a second instance: only atomic moves protect it
        writerA.save(new Sample("start", 0, false));
        String padding = "x".repeat(20_000);
        AtomicBoolean done = new AtomicBoolean();
        Future<List<String>> reader = pool.submit(() -> {
            List<String> warnings = new ArrayList<>();
            while (!done.get()) {
                warnings.addAll(store(file).load().warnings());
            }
            return warnings;
        });
        List<Future<?>> writers = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            int thread = t;
            writers.add(pool.submit(() -> {
                for (int i = 0; i < 40; i++) {
                    (i % 2 == 0 ? writerA : writerB).save(new Sample(padding + thread, i, false));
                }
            }));
        }
        for (Future<?> writer : writers) {
            writer.get(60, TimeUnit.SECONDS);
        }
        done.set(true);

        assertThat(reader.get(60, TimeUnit.SECONDS)).isEmpty();
        LoadResult<Sample> last = writerA.load();
        assertThat(last.warnings()).isEmpty();
        assertThat(last.value().name()).startsWith(padding);
        assertThat(last.value().count()).isEqualTo(39);
        try (var files = Files.list(dir)) {
            assertThat(files.toList()).containsExactly(file);
        }
    }

    @Test
    void deleteRemovesTheFileAndIsHarmlessWhenAbsent() {
        JsonDocumentStore<Sample> store = store(dir.resolve("s.json"));
        store.save(new Sample("x", 1, false));

        store.delete();
        store.delete();

        assertThat(dir.resolve("s.json")).doesNotExist();
    }
}
