package com.ovconsole.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApplianceStoreTest {

    @TempDir
    Path dir;

    private ApplianceStore store() {
        return new ApplianceStore(dir);
    }

    private static ApplianceEntry lab() {
        return new ApplianceEntry("3c1e7c5e-5b1f-4f6e-9d7a-1f2b3c4d5e6f", "Lab", "10.0.0.5:8443", "admin", "LOCAL",
                "ab".repeat(32), "proxy.example:3128", false);
    }

    @Test
    void firstRunOffersExactlyTheBuiltInDemoAppliance() {
        LoadResult<List<ApplianceEntry>> result = store().load();

        assertThat(result.warnings()).isEmpty();
        assertThat(result.value()).singleElement().satisfies(demo -> {
            assertThat(demo.displayName()).isEqualTo("Demo appliance (built in)");
            assertThat(demo.address()).isEqualTo("demo");
            assertThat(demo.userName()).isEqualTo("Administrator");
            assertThat(demo.loginDomain()).isEqualTo("LOCAL");
            assertThat(demo.demo()).isTrue();
            assertThat(demo.pinnedCertificateSha256()).isNull();
        });
    }

    @Test
    void savedListReadsBackInOrder() {
        List<ApplianceEntry> list = List.of(lab(), ApplianceEntry.builtInDemo());
        store().save(list);

        assertThat(store().load().value()).isEqualTo(list);
    }

    @Test
    void addUpdateAndRemoveWorkById() {
        ApplianceStore store = store();
        ApplianceEntry added = ApplianceEntry.create("Prod", "oneview.prod", "ops", "AD");

        assertThat(store.add(added)).containsExactly(ApplianceEntry.builtInDemo(), added);
        ApplianceEntry pinned = added.withPinnedCertificate("cd".repeat(32));
        assertThat(store.update(pinned)).containsExactly(ApplianceEntry.builtInDemo(), pinned);
        assertThat(store.remove(ApplianceEntry.DEMO_ID)).containsExactly(pinned);
        assertThat(store().load().value()).containsExactly(pinned);
    }

    @Test
    void addingADuplicateIdOrUpdatingAnUnknownIdIsRefused() {
        ApplianceStore store = store();

        assertThatThrownBy(() -> store.add(ApplianceEntry.builtInDemo())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.update(lab())).isInstanceOf(NoSuchElementException.class);
        assertThat(store.load().value()).containsExactly(ApplianceEntry.builtInDemo());
    }

    @Test
    void concurrentAddsAreAllKept() throws Exception {
        ApplianceStore store = store();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> adds = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int n = i;
                adds.add(pool.submit(() -> store.add(ApplianceEntry.create("A" + n, "host" + n, "u", "LOCAL"))));
            }
            for (Future<?> add : adds) {
                add.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(store().load().value()).hasSize(41);
    }

    @Test
    void corruptListIsMovedAsideAndTheDemoIsOfferedWithAWarning() throws IOException {
        Path file = dir.resolve(ApplianceStore.FILE_NAME);
        CorruptFiles.write(file, "[{\"id\": ");

        LoadResult<List<ApplianceEntry>> result = store().load();

        assertThat(result.value()).containsExactly(ApplianceEntry.builtInDemo());
        CorruptFiles.assertMovedAside(file, "[{\"id\": ", result.warnings());
        assertThat(result.warnings().get(0)).startsWith("Your appliance list could not be read and was moved to");
    }

    @Test
    void entryWithoutAnAddressMakesTheFileCorruptNotACrash() throws IOException {
        Path file = dir.resolve(ApplianceStore.FILE_NAME);
        CorruptFiles.write(file, "[{\"id\":\"x\",\"displayName\":\"no address\"}]");

        LoadResult<List<ApplianceEntry>> result = store().load();

        assertThat(result.value()).containsExactly(ApplianceEntry.builtInDemo());
        assertThat(result.warnings()).hasSize(1);
    }

    @Test
    void unknownFieldsAndStrayNullsAreTolerated() throws IOException {
        CorruptFiles.write(dir.resolve(ApplianceStore.FILE_NAME),
                "[null,{\"id\":\"a1\",\"address\":\"h:1\",\"favouriteColour\":\"blue\",\"tags\":[\"x\"]}]");

        LoadResult<List<ApplianceEntry>> result = store().load();

        assertThat(result.warnings()).isEmpty();
        assertThat(result.value()).containsExactly(new ApplianceEntry("a1", "h:1", "h:1", "", "", null, null, false));
    }

    @Test
    void saveThatCannotReachTheDiskFailsWithAMessageForTheUser() throws IOException {
        // The config "folder" is a file: nothing can be written below it.
        Path notAFolder = dir.resolve("not-a-folder");
        Files.writeString(notAFolder, "x");

        assertThatThrownBy(() -> new ApplianceStore(notAFolder).save(List.of(lab())))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("Your appliance list could not be saved");
        assertThat(notAFolder).hasContent("x");
    }
}
