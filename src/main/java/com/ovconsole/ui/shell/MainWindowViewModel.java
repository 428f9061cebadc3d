package com.ovconsole.ui.shell;

import com.ovconsole.store.WindowState;
import com.ovconsole.ui.Command;
import com.ovconsole.ui.DialogService;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.Theme;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The main window's state and menu commands. Features plug in by setting the actions of
 * {@link #addApplianceCommand()} / {@link #refreshCommand()}, feeding {@link #runningTaskCountProperty()}
 * and {@link #statusTextProperty()}; the store persists the geometry and theme properties.
 */
public final class MainWindowViewModel {

    public static final double DEFAULT_WIDTH = 1200;
    public static final double DEFAULT_HEIGHT = 760;
    public static final double DEFAULT_DIVIDER = 0.24;

    private final Messages messages;
    private final DialogService dialogs;

    // Properties
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final StringProperty statusText = new SimpleStringProperty(this, "statusText");
    private final BooleanProperty taskPanelExpanded = new SimpleBooleanProperty(this, "taskPanelExpanded", true);
    private final IntegerProperty runningTaskCount = new SimpleIntegerProperty(this, "runningTaskCount");
    private final StringBinding taskBadgeText;
    private final BooleanBinding taskBadgeVisible;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final DoubleProperty windowX = new SimpleDoubleProperty(this, "windowX", Double.NaN);
    private final DoubleProperty windowY = new SimpleDoubleProperty(this, "windowY", Double.NaN);
    private final DoubleProperty windowWidth = new SimpleDoubleProperty(this, "windowWidth", DEFAULT_WIDTH);
    private final DoubleProperty windowHeight = new SimpleDoubleProperty(this, "windowHeight", DEFAULT_HEIGHT);
    private final BooleanProperty maximized = new SimpleBooleanProperty(this, "maximized");
    private final DoubleProperty dividerPosition = new SimpleDoubleProperty(this, "dividerPosition", DEFAULT_DIVIDER);
    /** The task panel's divider (top to bottom) while the panel is open; NaN: never placed, the panel starts small. */
    private final DoubleProperty taskDividerPosition = new SimpleDoubleProperty(this, "taskDividerPosition", Double.NaN);

    // Commands
    private final Command addAppliance = new Command();
    private final Command refresh = new Command();
    private final Command exportDiagnostics = new Command();
    private final Command search = new Command();
    private final Command quit;

    /** {@code quitAction} closes the application (the app layer owns the windows). */
    public MainWindowViewModel(Messages messages, DialogService dialogs, Runnable quitAction) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.quit = new Command(Objects.requireNonNull(quitAction, "quitAction"));
        title.set(messages.get("app.title"));
        statusText.set(messages.get("status.ready"));
        taskBadgeText = Bindings.createStringBinding(
                () -> runningTaskCount.get() > 0 ? Integer.toString(runningTaskCount.get()) : "", runningTaskCount);
        taskBadgeVisible = runningTaskCount.greaterThan(0);
    }

    // Commands

    public Command addApplianceCommand() {
        return addAppliance;
    }

    public Command refreshCommand() {
        return refresh;
    }

    public Command quitCommand() {
        return quit;
    }

    /** Help > Export diagnostics; the app gives it its action. */
    public Command exportDiagnosticsCommand() {
        return exportDiagnostics;
    }

    /** View > Search all appliances (Ctrl+K); the app gives it its action (focus the search field). */
    public Command searchCommand() {
        return search;
    }

    public void toggleTaskPanel() {
        taskPanelExpanded.set(!taskPanelExpanded.get());
    }

    public void useTheme(Theme newTheme) {
        theme.set(Objects.requireNonNull(newTheme, "theme"));
    }

    /** Puts the window where the stored state says (before {@code MainWindowView.attach}). */
    public void restore(WindowState state) {
        windowX.set(state.hasPosition() ? state.x() : Double.NaN);
        windowY.set(state.hasPosition() ? state.y() : Double.NaN);
        windowWidth.set(state.width() >= 400 ? state.width() : DEFAULT_WIDTH);
        windowHeight.set(state.height() >= 300 ? state.height() : DEFAULT_HEIGHT);
        maximized.set(state.maximized());
        double divider = state.dividerPositions().isEmpty() ? DEFAULT_DIVIDER : state.dividerPositions().get(0);
        dividerPosition.set(divider > 0.05 && divider < 0.8 ? divider : DEFAULT_DIVIDER);
        taskPanelExpanded.set(state.taskPanelExpanded());
        double task = state.dividerPositions().size() < 2 ? Double.NaN : state.dividerPositions().get(1);
        taskDividerPosition.set(task > 0.2 && task < 0.97 ? task : Double.NaN);
    }

    /** The state to store at exit; a window never placed keeps no position. */
    public WindowState windowState() {
        boolean placed = !Double.isNaN(windowX.get()) && !Double.isNaN(windowY.get());
        return new WindowState(placed ? windowX.get() : null, placed ? windowY.get() : null, windowWidth.get(),
                windowHeight.get(), maximized.get(), Double.isNaN(taskDividerPosition.get()) ? List.of(dividerPosition.get())
                : List.of(dividerPosition.get(), taskDividerPosition.get()), taskPanelExpanded.get());
    }

    public void showAbout() {
        dialogs.showInformation(messages.get("about.title"), messages.get("about.text"));
    }

    // Properties

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public String getTitle() {
        return title.get();
    }

    /** The status bar's text; features write what the user should know right now. */
    public StringProperty statusTextProperty() {
        return statusText;
    }

    public BooleanProperty taskPanelExpandedProperty() {
        return taskPanelExpanded;
    }

    public boolean isTaskPanelExpanded() {
        return taskPanelExpanded.get();
    }

    /** Fed by the task feature; drives the badge on the task panel. */
    public IntegerProperty runningTaskCountProperty() {
        return runningTaskCount;
    }

    public StringBinding taskBadgeTextProperty() {
        return taskBadgeText;
    }

    public BooleanBinding taskBadgeVisibleProperty() {
        return taskBadgeVisible;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public Theme getTheme() {
        return theme.get();
    }

    /** Window position; NaN until known (the window then centres itself). */
    public DoubleProperty windowXProperty() {
        return windowX;
    }

    public DoubleProperty windowYProperty() {
        return windowY;
    }

    public DoubleProperty windowWidthProperty() {
        return windowWidth;
    }

    public DoubleProperty windowHeightProperty() {
        return windowHeight;
    }

    public BooleanProperty maximizedProperty() {
        return maximized;
    }

    /** The position of the divider between the appliance list and the centre, 0..1. */
    public DoubleProperty dividerPositionProperty() {
        return dividerPosition;
    }

    /** The position of the divider above the open task panel, 0..1; NaN until the window first has one. */
    public DoubleProperty taskDividerPositionProperty() {
        return taskDividerPosition;
    }
}
