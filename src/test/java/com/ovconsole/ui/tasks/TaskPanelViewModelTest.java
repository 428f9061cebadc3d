package com.ovconsole.ui.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.api.Downloader;
import com.ovconsole.api.ManualScheduler;
import com.ovconsole.api.TaskRef;
import com.ovconsole.api.WriteResult;
import com.ovconsole.sim.SimulatorConfig;
import com.ovconsole.store.SettingsStore;
import com.ovconsole.testing.SimulatorFixture;
import com.ovconsole.ui.BackgroundRunner;
import com.ovconsole.ui.ConnectedAppliance;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.RecordingDialogService;
import com.ovconsole.ui.UiDispatcher;
import com.ovconsole.ui.backups.BackupDownloads;
import com.ovconsole.ui.errors.ErrorViewModel;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/** The panel's details and commands, without a toolkit. */
class TaskPanelViewModelTest {

    private final ManualScheduler scheduler = new ManualScheduler();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final Messages messages = Messages.load(Locale.ROOT);
    @TempDir
    Path configDir;
    private SimulatorFixture fixture;
    private ConnectedAppliance appliance;
    private TaskCenter center;
    private TaskPanelViewModel panel;

    @BeforeEach
    void start() {
        fixture = SimulatorFixture.start(SimulatorConfig.builder().taskSeconds(2).taskErrorRate(1.0).clock(scheduler));
        appliance = fixture.connectedAppliance("Lab A");
        BackgroundRunner runner = BackgroundRunner.sameThread();
        center = SteppedTaskCenter.create(scheduler, dialogs, configDir, messages);
        center.addFollowUp(new BackupDownloads(runner, UiDispatcher.direct(), dialogs, new SettingsStore(configDir),
                new Downloader(), messages));
        panel = new TaskPanelViewModel(center, runner, messages, new ErrorViewModel(messages, text -> { }),
                ZoneOffset.UTC);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void badgeCountsTheTasksBeingWatched() {
        assertThat(panel.badgeTextProperty().get()).isEmpty();
        center.track(appliance, backup(), null, "Backup", false);
        assertThat(panel.badgeTextProperty().get()).isEqualTo("1");
        scheduler.runAll(20);
        assertThat(panel.badgeTextProperty().get()).isEmpty();
    }

    @Test
    void failedTaskShowsItsTimelineAndItsErrorWholeInTheSharedErrorView() {
        TaskRow row = center.track(appliance, failingProfileUpdate(), null, "Update server profile", false);
        scheduler.runAll(20);

        panel.selectedProperty().set(row);

        assertThat(panel.hasSelectionProperty().get()).isTrue();
        assertThat(panel.detailsTitleProperty().get()).isEqualTo("Update server profile");
        assertThat(panel.timeline()).isNotEmpty();
        assertThat(panel.hasErrorsProperty().get()).isTrue();
        var firstError = row.latestProperty().get().taskErrors().get(0);
        assertThat(panel.errorViewModel().getMessage()).isEqualTo(firstError.message());
        assertThat(panel.errorViewModel().getRecommendedActions()).containsExactlyElementsOf(
                firstError.recommendedActions());
        assertThat(panel.hasFollowUpProperty().get()).as("no Download on a failed profile task").isFalse();
        assertThat(panel.canStopWatchingProperty().get()).isFalse();
    }

    @Test
    void completedBackupOffersDownloadAndTheDetailsFollowTheRowAsItChanges() {
        TaskRow row = center.track(appliance, backup(), null, "Create appliance backup", true);
        panel.selectedProperty().set(row);
        assertThat(panel.canStopWatchingProperty().get()).isTrue();
        assertThat(panel.hasFollowUpProperty().get()).isFalse();

        scheduler.runAll(20);

        assertThat(panel.hasFollowUpProperty().get()).isTrue();
        assertThat(panel.followUpLabelProperty().get()).isEqualTo("Download");
        assertThat(panel.hasErrorsProperty().get()).isFalse();
        assertThat(panel.canStopWatchingProperty().get()).isFalse();
    }

    @Test
    void clearFinishedRemovesOnlyRowsThatNoLongerChange() {
        TaskRow done = center.track(appliance, backup(), null, "Backup", false);
        scheduler.runAll(20);
        TaskRow running = center.track(appliance, failingProfileUpdate(), null, "Update", false);
        panel.selectedProperty().set(done);

        panel.clearFinished();

        assertThat(panel.rows()).containsExactly(running);
        assertThat(panel.selectedProperty().get()).isNull();
    }

    private TaskRef backup() {
        return ((WriteResult.Accepted) appliance.client().post("/rest/backups", null)).task();
    }

    private TaskRef failingProfileUpdate() {
        String id = fixture.simulator().profileIds().get(0);
        var profile = appliance.client().get("/rest/server-profiles/" + id, ObjectNode.class);
        profile.tree().put("description", "changed by the test");
        return ((WriteResult.Accepted) appliance.client().put("/rest/server-profiles/" + id, profile.tree(),
                profile.eTag())).task();
    }
}
