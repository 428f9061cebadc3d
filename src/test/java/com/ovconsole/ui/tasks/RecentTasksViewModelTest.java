package com.ovconsole.ui.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.api.ManualScheduler;
import com.ovconsole.api.PageQuery;
import com.ovconsole.api.model.TaskResource;
import com.ovconsole.sim.SimulatorConfig;
import com.ovconsole.testing.SimulatorFixture;
import com.ovconsole.ui.BackgroundRunner;
import com.ovconsole.ui.ConnectedAppliance;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.RecordingDialogService;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/** "Recent tasks on this appliance" against the simulator: newest first, by state, paged. */
class RecentTasksViewModelTest {

    private static final int TASKS = 30;

    private final ManualScheduler scheduler = new ManualScheduler();
    private final Messages messages = Messages.load(Locale.ROOT);
    @TempDir
    Path configDir;
    private SimulatorFixture fixture;
    private ConnectedAppliance appliance;
    private TaskCenter center;
    private RecentTasksViewModel recent;

    @BeforeEach
    void start() {
        fixture = SimulatorFixture.start(SimulatorConfig.builder().taskSeconds(2).clock(scheduler));
        appliance = fixture.connectedAppliance("Lab A");
        center = SteppedTaskCenter.create(scheduler, new RecordingDialogService(), configDir, messages);
        recent = new RecentTasksViewModel(appliance, BackgroundRunner.sameThread(), center, messages);
        List<ObjectNode> profiles = appliance.client().allPages("/rest/server-profiles", PageQuery.ALL,
                ObjectNode.class, page -> { }, () -> false);
        for (int i = 0; i < TASKS; i++) {
            String uri = profiles.get(i).get("uri").asString();
            var profile = appliance.client().get(uri, ObjectNode.class);
            profile.tree().put("description", "edit " + i);
            appliance.client().put(uri, profile.tree(), profile.eTag());
            if (i == TASKS - 6) {
                advance(Duration.ofSeconds(10));
            }
        }
        // Half way through the last five: they run, the first ones have completed.
        advance(Duration.ofSeconds(1));
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    private void advance(Duration time) {
        scheduler.schedule(() -> { }, time);
        scheduler.runAll(1);
    }

    @Test
    void listsNewestFirstOnePageAtATime() {
        recent.firstPage();

        assertThat(recent.tasks()).hasSize(RecentTasksViewModel.PAGE_SIZE);
        assertThat(recent.tasks()).extracting(TaskResource::created)
                .isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(recent.hasPreviousProperty().get()).isFalse();
        assertThat(recent.hasNextProperty().get()).isTrue();
        assertThat(recent.pageTextProperty().get()).startsWith("Tasks 1\u201325");

        recent.nextPage();

        assertThat(recent.tasks()).hasSizeGreaterThanOrEqualTo(TASKS - RecentTasksViewModel.PAGE_SIZE);
        assertThat(recent.hasPreviousProperty().get()).isTrue();
    }

    @Test
    void stateFilterShowsOnlyThatState() {
        recent.stateFilterProperty().set("Running");

        assertThat(recent.tasks()).hasSize(5).allSatisfy(task -> assertThat(task.taskState()).isEqualTo("Running"));

        recent.stateFilterProperty().set("Completed");

        assertThat(recent.tasks()).isNotEmpty().allSatisfy(task -> assertThat(task.taskState())
                .isEqualTo("Completed"));
    }

    @Test
    void aListedTaskCanBeWatchedInThePanel() {
        recent.stateFilterProperty().set("Running");
        recent.selectedProperty().set(recent.tasks().get(0));

        recent.watchSelected();

        assertThat(center.rows()).singleElement().satisfies(row -> {
            assertThat(row.ref().uri()).isEqualTo(recent.tasks().get(0).uri());
            assertThat(row.isWatching()).isTrue();
        });
    }
}
