package com.ovconsole.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.store.WindowState;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.RecordingDialogService;
import com.ovconsole.ui.Theme;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** No toolkit: the ViewModel is plain Java plus javafx.beans. */
class MainWindowViewModelTest {

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final AtomicInteger quits = new AtomicInteger();
    private final MainWindowViewModel viewModel =
            new MainWindowViewModel(Messages.load(Locale.ROOT), dialogs, quits::incrementAndGet);

    @Test
    void titleIsOneViewConsoleAndStatusIsReady() {
        assertThat(viewModel.getTitle()).isEqualTo("OneView Console");
        assertThat(viewModel.statusTextProperty().get()).isEqualTo("Ready");
    }

    @Test
    void toggleTaskPanelCollapsesAndExpandsIt() {
        assertThat(viewModel.isTaskPanelExpanded()).isTrue();
        viewModel.toggleTaskPanel();
        assertThat(viewModel.isTaskPanelExpanded()).isFalse();
        viewModel.toggleTaskPanel();
        assertThat(viewModel.isTaskPanelExpanded()).isTrue();
    }

    @Test
    void taskBadgeShowsRunningCountOnlyWhenSomethingRuns() {
        assertThat(viewModel.taskBadgeVisibleProperty().get()).isFalse();
        assertThat(viewModel.taskBadgeTextProperty().get()).isEmpty();

        viewModel.runningTaskCountProperty().set(3);

        assertThat(viewModel.taskBadgeVisibleProperty().get()).isTrue();
        assertThat(viewModel.taskBadgeTextProperty().get()).isEqualTo("3");
    }

    @Test
    void commandsWithoutAFeatureBehindThemAreDisabledAndDoNothing() {
        assertThat(viewModel.addApplianceCommand().isEnabled()).isFalse();
        assertThat(viewModel.refreshCommand().isEnabled()).isFalse();
        viewModel.refreshCommand().execute();
        assertThat(dialogs.shown).isEmpty();
    }

    @Test
    void commandGivenAnActionBecomesEnabledAndRunsIt() {
        AtomicInteger added = new AtomicInteger();
        viewModel.addApplianceCommand().setAction(added::incrementAndGet);

        assertThat(viewModel.addApplianceCommand().isEnabled()).isTrue();
        viewModel.addApplianceCommand().execute();
        assertThat(added).hasValue(1);
    }

    @Test
    void quitRunsTheQuitAction() {
        viewModel.quitCommand().execute();
        assertThat(quits).hasValue(1);
    }

    @Test
    void aboutShowsAnInformationDialog() {
        viewModel.showAbout();
        assertThat(dialogs.shown).singleElement()
                .satisfies(shown -> {
                    assertThat(shown.kind()).isEqualTo("information");
                    assertThat(shown.title()).isEqualTo("About OneView Console");
                });
    }

    @Test
    void themeSwitchesBetweenLightAndDark() {
        assertThat(viewModel.getTheme()).isEqualTo(Theme.LIGHT);
        viewModel.useTheme(Theme.DARK);
        assertThat(viewModel.getTheme()).isEqualTo(Theme.DARK);
    }

    @Test
    void geometryStartsAtTheDefaultSizeWithUnknownPosition() {
        assertThat(viewModel.windowWidthProperty().get()).isEqualTo(MainWindowViewModel.DEFAULT_WIDTH);
        assertThat(viewModel.windowHeightProperty().get()).isEqualTo(MainWindowViewModel.DEFAULT_HEIGHT);
        assertThat(viewModel.windowXProperty().get()).isNaN();
    }

    @Test
    void storedWindowStateIsRestoredAndWrittenBackUnchanged() {
        WindowState stored = new WindowState(40.0, 60.0, 1100, 700, false, List.of(0.3), false);

        viewModel.restore(stored);

        assertThat(viewModel.windowXProperty().get()).isEqualTo(40.0);
        assertThat(viewModel.dividerPositionProperty().get()).isEqualTo(0.3);
        assertThat(viewModel.isTaskPanelExpanded()).isFalse();
        assertThat(viewModel.windowState()).isEqualTo(stored);
    }

    @Test
    void theTaskPanelsDividerIsKeptAsTheSecondPositionAndAnImplausibleOneIsDropped() {
        WindowState stored = new WindowState(40.0, 60.0, 1100, 700, false, List.of(0.3, 0.62), true);

        viewModel.restore(stored);

        assertThat(viewModel.taskDividerPositionProperty().get()).isEqualTo(0.62);
        assertThat(viewModel.windowState()).isEqualTo(stored);

        viewModel.restore(new WindowState(40.0, 60.0, 1100, 700, false, List.of(0.3, 0.999), true));

        assertThat(viewModel.taskDividerPositionProperty().get()).isNaN();
        assertThat(viewModel.windowState().dividerPositions()).containsExactly(0.3);
    }

    @Test
    void implausibleStoredGeometryFallsBackToDefaults() {
        viewModel.restore(new WindowState(null, null, 10, 5, false, List.of(0.99), true));

        assertThat(viewModel.windowWidthProperty().get()).isEqualTo(MainWindowViewModel.DEFAULT_WIDTH);
        assertThat(viewModel.dividerPositionProperty().get()).isEqualTo(MainWindowViewModel.DEFAULT_DIVIDER);
        assertThat(viewModel.windowState().hasPosition()).isFalse();
    }
}
