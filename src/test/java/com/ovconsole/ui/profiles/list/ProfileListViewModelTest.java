package com.ovconsole.ui.profiles.list;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.sim.SimulatorConfig;
import com.ovconsole.ui.PagedList;
import com.ovconsole.ui.profiles.PollingTaskTracker;
import com.ovconsole.ui.profiles.ProfileTestbed;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/** The profile list against the simulator: pages, sort, filter, hardware names, delete. */
class ProfileListViewModelTest {

    private static final int PROFILES = 150;

    @TempDir
    Path configDir;
    private ProfileTestbed bed;
    private ProfileListViewModel list;

    @BeforeEach
    void start() {
        bed = new ProfileTestbed(SimulatorConfig.builder().taskSeconds(1).profiles(PROFILES), configDir);
        list = bed.ui.call(() -> new ProfileListViewModel(bed.appliance, bed.services));
        bed.ui.run(list::refresh);
        bed.ui.waitUntil("the first page shows", () -> !list.rows().isEmpty() && !list.loadingProperty().get());
    }

    @AfterEach
    void stop() {
        bed.close();
    }

    @Test
    void firstPageShowsHowManyOfTheTotalAreLoaded() {
        bed.ui.run(() -> {
            assertThat(list.rows()).hasSize(PagedList.PAGE_SIZE);
            assertThat(list.summaryProperty().get()).isEqualTo("64 of 150");
            assertThat(list.hasMore()).isTrue();
        });
    }

    @Test
    void scrollingNearTheEndReadsTheNextPagesUntilTheApplianceHasNoMore() {
        bed.ui.run(() -> list.rowShown(40));
        bed.ui.waitUntil("the second page", () -> list.rows().size() == 128 && !list.loadingProperty().get());
        bed.ui.run(() -> list.rowShown(120));
        bed.ui.waitUntil("the last page", () -> list.rows().size() == PROFILES && !list.loadingProperty().get());

        bed.ui.run(() -> {
            assertThat(list.hasMore()).isFalse();
            assertThat(list.summaryProperty().get()).isEqualTo("150 of 150");
            assertThat(list.rows()).extracting(ProfileRow::uri).doesNotHaveDuplicates();
            List<String> names = list.rows().stream().map(ProfileRow::name).toList();
            assertThat(names).isSortedAccordingTo(Comparator.comparing(n -> n.toLowerCase(Locale.ROOT)));
        });
    }

    @Test
    void aRowFarFromTheEndReadsNothing() {
        waitForHardwareNames();
        long before = bed.fixture.simulator().requestCount();
        bed.ui.run(() -> list.rowShown(3));

        bed.ui.run(() -> assertThat(list.loadingProperty().get()).isFalse());
        assertThat(bed.fixture.simulator().requestCount()).isEqualTo(before);
    }

    @Test
    void sortingByAColumnAsksTheApplianceAndStartsOver() {
        bed.ui.run(() -> list.sortBy("name", false));
        bed.ui.waitUntil("the re-sorted page", () -> !list.loadingProperty().get() && !list.rows().isEmpty());

        String highest = bed.fixture.simulator().profileIds().stream().map(id -> bed.stored(id).get("name").asString())
                .max(Comparator.comparing(n -> n.toLowerCase(Locale.ROOT))).orElseThrow();
        bed.ui.run(() -> {
            assertThat(list.rows().get(0).name()).isEqualTo(highest);
            assertThat(list.rows()).hasSize(PagedList.PAGE_SIZE);
        });
    }

    @Test
    void typingAFilterRequeriesTheApplianceOnceTypingPauses() {
        long matching = bed.fixture.simulator().profileIds().stream()
                .filter(id -> bed.stored(id).get("name").asString().contains("sql")).count();

        bed.ui.run(() -> {
            list.filterTextProperty().set("s");
            list.filterTextProperty().set("sq");
            list.filterTextProperty().set("sql");
        });
        bed.ui.waitUntil("the filtered list", () -> !list.loadingProperty().get() && !list.rows().isEmpty()
                && list.rows().stream().allMatch(row -> row.name().contains("sql")));

        bed.ui.run(() -> assertThat(list.summaryProperty().get()).endsWith(" of " + matching));
    }

    @Test
    void serverHardwareNamesAreReadAndShown() {
        waitForHardwareNames();

        ProfileRow assigned = bed.ui.call(() -> list.rows().stream().filter(ProfileRow::isAssigned).findFirst().orElseThrow());
        ObjectNode server = bed.appliance.client().get(assigned.serverHardwareUri(), ObjectNode.class).tree();
        assertThat(assigned.hardwareName()).isEqualTo(server.get("name").asString()).contains("bay");
    }

    @Test
    void deleteAsksFirstThenDeletesThroughATaskAndRefreshes() {
        bed.dialogs.confirmAnswer = true;
        ProfileRow victim = bed.ui.call(() -> list.rows().get(0));

        bed.ui.run(() -> list.delete(victim));
        bed.ui.waitUntil("the row is gone", () -> !list.loadingProperty().get() && !list.rows().isEmpty()
                && list.rows().stream().noneMatch(row -> row.uri().equals(victim.uri())));

        assertThat(bed.dialogs.shown).extracting(shown -> shown.kind()).containsExactly("confirm");
        assertThat(bed.tasks.tracked).extracting(PollingTaskTracker.Tracked::label)
                .containsExactly("Delete server profile " + victim.name());
        String id = victim.uri().substring(victim.uri().lastIndexOf('/') + 1);
        assertThat(bed.stored(id)).isNull();
    }

    @Test
    void declinedDeleteChangesNothing() {
        bed.dialogs.confirmAnswer = false;
        waitForHardwareNames();
        ProfileRow kept = bed.ui.call(() -> list.rows().get(0));
        long before = bed.fixture.simulator().requestCount();

        bed.ui.run(() -> list.delete(kept));

        assertThat(bed.fixture.simulator().requestCount()).isEqualTo(before);
        assertThat(bed.tasks.tracked).isEmpty();
    }

    @Test
    void aChangedCertificateSaysSoWithoutOfferingF5() {
        bed.fixture.rotateCertificateFor(bed.appliance.client());

        bed.ui.run(list::refresh);
        bed.ui.waitUntil("the failure", () -> !list.failureProperty().get().isEmpty() && !list.loadingProperty().get());

        bed.ui.run(() -> {
            assertThat(list.rows()).isEmpty();
            assertThat(list.summaryProperty().get()).isEmpty();
            assertThat(list.failureProperty().get()).isEqualTo(bed.messages.get("profiles.list.certificateChanged"))
                    .startsWith("The server profiles could not be read.").doesNotContain("F5");
        });
    }

    private void waitForHardwareNames() {
        bed.ui.waitUntil("hardware names resolved", () -> list.rows().stream()
                .filter(ProfileRow::isAssigned).allMatch(row -> row.hardwareName() != null));
    }
}
