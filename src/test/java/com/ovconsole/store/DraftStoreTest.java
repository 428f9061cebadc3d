package com.ovconsole.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class DraftStoreTest {

    private static final String PROFILE = "/rest/server-profiles/b425802b-a6a5-4941-8885-aab68dfa2ee2";

    @TempDir
    Path dir;

    private static JsonNode json(String text) {
        return StoreJson.mapper().readTree(text);
    }

    private static Draft draft(String applianceId, String uri, String description, String savedAt) {
        return new Draft(applianceId, uri, json("{\"name\":\"p\",\"description\":\"old\",\"unknownField\":[1,{\"x\":null}]}"),
                "1526058827348/42", json("{\"name\":\"p\",\"description\":\"" + description + "\"}"),
                Instant.parse(savedAt));
    }

    private List<Path> filesUnder(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void draftReadsBackWithItsJsonTreesIntact() {
        Draft draft = draft("app-1", PROFILE, "edited", "2026-11-27T09:00:00Z");
        new DraftStore(dir).save(draft);

        LoadResult<Optional<Draft>> result = new DraftStore(dir).load("app-1", PROFILE);

        assertThat(result).isEqualTo(LoadResult.ok(Optional.of(draft)));
        assertThat(result.value().orElseThrow().base().at("/unknownField/1/x").isNull()).isTrue();
    }

    @Test
    void noDraftIsEmpty() {
        assertThat(new DraftStore(dir).load("app-1", PROFILE)).isEqualTo(LoadResult.ok(Optional.empty()));
        assertThat(new DraftStore(dir).listAll()).isEqualTo(LoadResult.ok(List.of()));
    }

    @Test
    void sameUriOnAnotherApplianceIsAnotherDraft() {
        DraftStore store = new DraftStore(dir);
        store.save(draft("app-1", PROFILE, "one", "2026-11-27T09:00:00Z"));
        store.save(draft("app-2", PROFILE, "two", "2026-11-27T09:00:00Z"));

        assertThat(store.load("app-1", PROFILE).value().orElseThrow().mine().get("description").asString()).isEqualTo("one");
        assertThat(store.load("app-2", PROFILE).value().orElseThrow().mine().get("description").asString()).isEqualTo("two");
    }

    @Test
    void saveReplacesTheEarlierDraftOfTheSameProfile() {
        DraftStore store = new DraftStore(dir);
        store.save(draft("app-1", PROFILE, "first", "2026-11-27T09:00:00Z"));
        Draft second = draft("app-1", PROFILE, "second", "2026-11-27T09:05:00Z");

        store.save(second);

        assertThat(store.listAll().value()).containsExactly(second);
    }

    @Test
    void listAllOffersEveryDraftNewestFirst() {
        DraftStore store = new DraftStore(dir);
        Draft older = draft("app-1", PROFILE, "a", "2026-11-27T08:00:00Z");
        Draft newer = draft("app-1", "/rest/server-profiles/other", "b", "2026-11-27T10:00:00Z");
        store.save(older);
        store.save(newer);

        assertThat(store.listAll()).isEqualTo(LoadResult.ok(List.of(newer, older)));
    }

    @Test
    void deleteRemovesOnlyThatDraft() {
        DraftStore store = new DraftStore(dir);
        Draft keep = draft("app-1", "/rest/server-profiles/keep", "k", "2026-11-27T08:00:00Z");
        store.save(keep);
        store.save(draft("app-1", PROFILE, "d", "2026-11-27T09:00:00Z"));

        store.delete("app-1", PROFILE);

        assertThat(store.load("app-1", PROFILE).value()).isEmpty();
        assertThat(store.listAll().value()).containsExactly(keep);
    }

    @Test
    void concurrentSavesOfOneDraftLeaveOneReadableDraft() throws Exception {
        DraftStore store = new DraftStore(dir);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> saves = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String description = "edit " + i;
                saves.add(pool.submit(() -> store.save(draft("app-1", PROFILE, description, "2026-11-27T09:00:00Z"))));
            }
            for (Future<?> save : saves) {
                save.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        LoadResult<List<Draft>> all = store.listAll();
        assertThat(all.warnings()).isEmpty();
        assertThat(all.value()).singleElement().satisfies(d -> assertThat(d.mine().get("description").asString()).startsWith("edit "));
        assertThat(filesUnder(dir)).hasSize(1);
    }

    @Test
    void hostileUrisNeverBecomePathsOnDisk() throws IOException {
        DraftStore store = new DraftStore(dir);
        String hostile = "/../../../etc/passwd\u0000:*?\"<>|\\" + "x".repeat(500);

        store.save(draft("../app", hostile, "h", "2026-11-27T09:00:00Z"));

        List<Path> files = filesUnder(dir);
        assertThat(files).singleElement().satisfies(file -> {
            assertThat(file.getParent()).isEqualTo(dir.resolve(DraftStore.FOLDER_NAME));
            assertThat(file.getFileName().toString()).matches("[0-9a-f]{64}\\.json");
        });
        assertThat(store.load("../app", hostile).value()).isPresent();
    }

    @Test
    void corruptDraftIsMovedAsideAndTheOthersAreStillOffered() throws IOException {
        DraftStore store = new DraftStore(dir);
        Draft good = draft("app-1", "/rest/server-profiles/good", "g", "2026-11-27T08:00:00Z");
        store.save(good);
        Path broken = dir.resolve(DraftStore.FOLDER_NAME).resolve(DraftStore.fileName("app-1", PROFILE));
        CorruptFiles.write(broken, "{\"applianceId\":\"app-1\",\"base\":");

        LoadResult<List<Draft>> result = store.listAll();

        assertThat(result.value()).containsExactly(good);
        CorruptFiles.assertMovedAside(broken, "{\"applianceId\":\"app-1\",\"base\":", result.warnings());
    }

    @Test
    void draftMissingItsTreesIsCorruptNotACrash() throws IOException {
        Path file = dir.resolve(DraftStore.FOLDER_NAME).resolve(DraftStore.fileName("app-1", PROFILE));
        CorruptFiles.write(file, "{\"applianceId\":\"app-1\",\"resourceUri\":\"" + PROFILE + "\"}");

        LoadResult<Optional<Draft>> result = new DraftStore(dir).load("app-1", PROFILE);

        assertThat(result.value()).isEmpty();
        assertThat(result.warnings()).singleElement().asString().startsWith("A saved draft could not be read");
    }

    @Test
    void unknownFieldsInADraftFileAreIgnored() throws IOException {
        Path file = dir.resolve(DraftStore.FOLDER_NAME).resolve(DraftStore.fileName("app-1", PROFILE));
        CorruptFiles.write(file, "{\"applianceId\":\"app-1\",\"resourceUri\":\"" + PROFILE + "\",\"base\":{},"
                + "\"baseETag\":\"e\",\"mine\":{\"a\":1},\"savedAt\":\"2026-11-27T09:00:00Z\",\"editorVersion\":7}");

        LoadResult<Optional<Draft>> result = new DraftStore(dir).load("app-1", PROFILE);

        assertThat(result.warnings()).isEmpty();
        assertThat(result.value().orElseThrow().mine()).isEqualTo(json("{\"a\":1}"));
    }
}
