package com.ovconsole.app;

import com.ovconsole.api.ApplianceClient;
import com.ovconsole.api.TaskPoller;
import com.ovconsole.api.model.ApplianceProgress;
import com.ovconsole.app.demo.DemoAppliance;
import com.ovconsole.app.mode.RunMode;
import com.ovconsole.app.smoke.SmokeRun;
import com.ovconsole.app.tour.ScreenshotTour;
import com.ovconsole.diagnostics.DiagnosticsBundle;
import com.ovconsole.diagnostics.Versions;
import com.ovconsole.store.ApplianceStore;
import com.ovconsole.store.DraftStore;
import com.ovconsole.store.LoadResult;
import com.ovconsole.store.Settings;
import com.ovconsole.store.SettingsStore;
import com.ovconsole.store.TaskHistoryStore;
import com.ovconsole.ui.BackgroundRunner;
import com.ovconsole.ui.ConnectedAppliance;
import com.ovconsole.ui.Controllers;
import com.ovconsole.ui.DialogService;
import com.ovconsole.ui.FeatureModule;
import com.ovconsole.ui.FxTextClipboard;
import com.ovconsole.ui.FxThemes;
import com.ovconsole.ui.FxUiDispatcher;
import com.ovconsole.ui.LoadedView;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.Navigator;
import com.ovconsole.ui.Theme;
import com.ovconsole.ui.ViewLoader;
import com.ovconsole.ui.alerts.AlertsModule;
import com.ovconsole.ui.backups.BackupDownloads;
import com.ovconsole.ui.backups.BackupsModule;
import com.ovconsole.ui.connections.ApplianceListView;
import com.ovconsole.ui.connections.ApplianceListViewModel;
import com.ovconsole.ui.connections.CertificateChangedBanner;
import com.ovconsole.ui.connections.CertificateChangedErrors;
import com.ovconsole.ui.connections.ConnectionFlow;
import com.ovconsole.ui.connections.ConnectionPrompts;
import com.ovconsole.ui.connections.ConnectionsModule;
import com.ovconsole.ui.connections.EndpointResolver;
import com.ovconsole.ui.connections.FxConnectionPrompts;
import com.ovconsole.ui.connections.NotConnectedView;
import com.ovconsole.ui.connections.RetryPolicy;
import com.ovconsole.ui.connections.StartupProgress;
import com.ovconsole.ui.diagnostics.DiagnosticsExporter;
import com.ovconsole.ui.dialogs.FxDialogService;
import com.ovconsole.ui.dialogs.ModalDialogs;
import com.ovconsole.ui.errors.ErrorsModule;
import com.ovconsole.ui.hardware.HardwareModule;
import com.ovconsole.ui.hardware.HardwareServices;
import com.ovconsole.ui.profiles.ProfileServices;
import com.ovconsole.ui.profiles.list.ProfilesModule;
import com.ovconsole.ui.search.SearchModule;
import com.ovconsole.ui.shell.ApplianceWorkspaceView;
import com.ovconsole.ui.shell.MainWindowView;
import com.ovconsole.ui.shell.MainWindowViewModel;
import com.ovconsole.ui.shell.ShellModule;
import com.ovconsole.ui.shell.WorkspaceNavigator;
import com.ovconsole.ui.tasks.TaskCenter;
import com.ovconsole.ui.tasks.TaskPanel;
import com.ovconsole.ui.tasks.TasksModule;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.UnaryOperator;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The composition root, the one way the app is built: made in {@link Main} from the
 * {@link LaunchConfig} and its {@link RunMode} before launch, it builds the object graph by hand
 * and shows the main window when {@link ConsoleApp} hands it the stage. Each feature is one
 * {@link FeatureModule} in {@link #show}: it registers its controllers with the one
 * {@link Controllers} factory and gives its tab per connected appliance. What a smoke run or the
 * screenshot tour changes, the composition asks its {@link RunMode} for.
 */
public final class Composition {

    private static final System.Logger LOG = System.getLogger(Composition.class.getName());
    /** How long exit waits for the appliances to confirm the logouts. */
    static final Duration LOGOUT_LIMIT = Duration.ofSeconds(3);

    private final ExecutorService background = Executors.newCachedThreadPool(daemonThreads());
    private final Controllers controllers = new Controllers();
    private final LaunchConfig config;
    private final RunMode mode;
    private final DemoAppliance demo;
    private final Path configDirectory;
    /** Where a mode that ends the run (smoke, tour) sends its result; by default: stop, then end the process. */
    private IntConsumer exit = code -> Platform.runLater(() -> {
        stop();
        Runtime.getRuntime().halt(code);
    });
    private SettingsStore settingsStore;
    private LoadResult<Settings> settings;
    private StartupReads startupReads;
    private MainWindowViewModel mainWindow;
    private ApplianceListViewModel appliances;
    private ApplianceWorkspaceView workspace;
    private TaskPoller poller;
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(daemonThreads());
    private TaskCenter tasks;
    private TaskPanel taskPanel;
    /** The stage lent by the toolkit and the frame shown in it, detached again at exit. */
    private Stage stage;
    private MainWindowView mainView;
    private SearchModule search;
    /** Where features open each other's resources (the shell's workspace once it exists). */
    private Navigator navigator = Navigator.NONE;
    /** Wraps the shell's navigator; window tests see through it which resource was opened where. */
    private UnaryOperator<Navigator> navigatorWrapper = UnaryOperator.identity();

    /** The app {@code config} describes, run in {@code mode}, keeping its files in {@code configDirectory}. */
    public Composition(LaunchConfig config, RunMode mode, Path configDirectory) {
        this.config = Objects.requireNonNull(config, "config");
        this.mode = Objects.requireNonNull(mode, "mode");
        this.configDirectory = Objects.requireNonNull(configDirectory, "configDirectory");
        this.demo = mode.demo(() -> new DemoAppliance(config.demoTaskSeconds(), config.demoFaults()));
    }

    /** The app {@code config} describes, in the mode it names, in the config folder that mode picks. */
    public static Composition of(LaunchConfig config) throws IOException {
        return of(config, modeOf(config));
    }

    /** The app {@code config} describes, run in {@code mode} (tests give their own). */
    public static Composition of(LaunchConfig config, RunMode mode) throws IOException {
        return new Composition(config, mode, mode.configFolder(config.configDir()));
    }

    /** The run mode the command line names. */
    static RunMode modeOf(LaunchConfig config) {
        if (config.mode() instanceof LaunchConfig.Smoke) {
            return new SmokeRun(System.out);
        }
        if (config.mode() instanceof LaunchConfig.Tour tour) {
            return new ScreenshotTour(tour.folder(), tour.compareWith().orElse(null), ScreenshotTour.WIDTH,
                    ScreenshotTour.HEIGHT, System.out);
        }
        return RunMode.NORMAL;
    }

    /** Call before {@link #show}: a mode that ends the run gives {@code exit} its result instead (tests). */
    public Composition onExit(IntConsumer exit) {
        this.exit = Objects.requireNonNull(exit, "exit");
        return this;
    }

    /** Call before {@link #show}: every navigation between features goes through {@code wrapper}'s result (tests). */
    Composition wrapNavigator(UnaryOperator<Navigator> wrapper) {
        this.navigatorWrapper = Objects.requireNonNull(wrapper, "wrapper");
        return this;
    }

    public Path configDirectory() {
        return configDirectory;
    }

    /** Reads the settings (on the launcher thread, before the window exists). */
    void readSettings() {
        settingsStore = new SettingsStore(configDirectory);
        startupReads = StartupReads.forFolder(configDirectory);
        settings = startupReads.settings();
    }

    /** Builds the window and everything behind it on {@code stage}, shows it, then hands it to the mode. */
    public void show(Stage stage) {
        if (settings == null) {
            readSettings();
        }
        Clock clock = mode.clock();
        poller = TaskPoller.create(mode.pollPolicy());
        EndpointResolver endpoints = mode.resolver(demo);
        Messages messages = Messages.load();
        ViewLoader loader = new ViewLoader(messages, controllers);
        ModalDialogs modal = new ModalDialogs(() -> stage, loader, controllers, messages);
        // A certificate changed mid-session shows as the appliance's state, not as one modal per refused request.
        DialogService dialogs = new CertificateChangedErrors(
                mode.dialogs().apply(new FxDialogService(modal, messages, new FxTextClipboard())));
        FxUiDispatcher ui = new FxUiDispatcher();
        BackgroundRunner runner = new BackgroundRunner(background, ui);
        mainWindow = new MainWindowViewModel(messages, dialogs, Platform::exit);
        mainWindow.restore(settings.value().window());
        mainWindow.useTheme(settings.value().theme() == com.ovconsole.store.Theme.DARK ? Theme.DARK : Theme.LIGHT);

        ConnectionPrompts prompts = mode.prompts(new FxConnectionPrompts(modal, messages), demo);
        ConnectionFlow flow = new ConnectionFlow(messages, prompts, ui, Locale.getDefault(), RetryPolicy.DEFAULT,
                Composition::startupProgress, clock);
        appliances = new ApplianceListViewModel(messages, dialogs, prompts, new ApplianceStore(configDirectory), runner,
                ui, endpoints, flow, Platform::isFxApplicationThread);

        // Every 202 task of every appliance goes to the task center; its panel docks at the bottom.
        tasks = new TaskCenter(poller, ui, runner, dialogs, new TaskHistoryStore(configDirectory),
                startupReads.runningTasks(), messages, clock);
        BackupDownloads downloads = new BackupDownloads(runner, ui, dialogs, settingsStore, mode.downloader(), messages,
                mode.nanoTime());
        tasks.addFollowUp(downloads);
        mainWindow.exportDiagnosticsCommand().setAction(new DiagnosticsExporter(
                new DiagnosticsBundle(configDirectory, Clock.systemDefaultZone()), runner, dialogs, messages,
                () -> List.copyOf(tasks.rows()), () -> Versions.current(Composition.class.getModule()),
                Clock.systemDefaultZone())::export);
        ProfileServices profiles = ProfileServices.withDefaultTimings(runner, ui, timers, dialogs, tasks,
                new DraftStore(configDirectory), messages);

        // One module per feature, in the order of their tabs: each registers its controllers with
        // the one controller factory and gives its tab per connected appliance.
        TasksModule taskFeature = new TasksModule(loader, runner, tasks, messages, new FxTextClipboard(), this::navigate);
        List<FeatureModule> features = List.of(
                new ConnectionsModule(messages, loader, runner, appliances, clock),
                new ProfilesModule(profiles, loader, modal),
                new HardwareModule(new HardwareServices(runner, ui, timers, dialogs, tasks, messages, this::navigate),
                        loader),
                new BackupsModule(loader, runner, dialogs, tasks, downloads, messages),
                new AlertsModule(loader, runner, dialogs, messages, this::navigate),
                taskFeature,
                new ErrorsModule());
        ShellModule shell = new ShellModule(mainWindow,
                features.stream().flatMap(feature -> feature.applianceTab().stream()).toList());
        workspace = shell.workspace();
        // Links between features (task resources, search results) open through the shell's workspace.
        navigator = navigatorWrapper.apply(new WorkspaceNavigator(workspace, appliances.getConnectedAppliances(),
                appliance -> appliances.selectedProperty().set(appliances.item(appliance.id()))));
        shell.registerControllers(controllers);
        features.forEach(feature -> feature.registerControllers(controllers));

        FxThemes.apply(mainWindow.getTheme());
        mainWindow.themeProperty().addListener((property, old, theme) -> FxThemes.apply(theme));

        LoadedView<MainWindowView> view = loader.load(MainWindowView.class);
        this.stage = stage;
        mainView = view.controller();
        LoadedView<ApplianceListView> list = loader.load(ApplianceListView.class);
        mainView.setApplianceList(list.root());
        search = new SearchModule(loader, messages, appliances.getConnectedAppliances(), runner, timers, ui,
                this::navigate);
        mainView.setSearch(search.view().field(), search.view().panel());
        mainWindow.searchCommand().setAction(search.view()::focus);
        loader.load(ApplianceWorkspaceView.class);
        // A selected appliance that is not connected says what it is and offers Connect.
        javafx.scene.Node notConnected = new NotConnectedView(appliances, messages).node();
        CertificateChangedBanner certificateBanner = new CertificateChangedBanner(appliances, messages);
        workspace.follow(appliances.selectedConnectedProperty(), appliances.getConnectedAppliances(),
                centre -> mainView.setCentre(centre != null ? certificateBanner.above(centre) : notConnected));
        // Every tab of the appliance read through the refused connection: all of them reload, not only the shown one.
        appliances.onCertificateTrusted(workspace::refresh);
        // The panel (empty until an appliance is connected) replaces its placeholder after the first frame.
        FirstFrame.afterFirstFrame(stage, () -> {
            taskPanel = taskFeature.panel();
            mainView.setTaskPanel(taskPanel.node());
        });
        mainWindow.runningTaskCountProperty().bind(tasks.runningCountProperty());
        // Tasks saved at the last exit resume once their appliance is connected again.
        appliances.getConnectedAppliances().addListener(this::connectionsChanged);

        mainWindow.addApplianceCommand().setAction(appliances::add);
        mainWindow.refreshCommand().setAction(workspace::refreshCurrent);
        mainWindow.statusTextProperty().bind(appliances.statusTextProperty());

        Scene scene = new Scene(view.root());
        scene.getStylesheets().add(FxThemes.APP_STYLESHEET);
        stage.setScene(scene);
        view.controller().attach(stage);
        if (config.exitWhenShown()) {
            ExitWhenShown.watch(stage, System.out, Platform::exit);
        }
        stage.show();
        list.controller().focus();
        appliances.load();
        if (settings.hasWarnings()) {
            Platform.runLater(() -> dialogs.showWarning(messages.get("connections.store.warningTitle"),
                    String.join("\n\n", settings.warnings())));
        }
        mode.afterShown(new RunMode.Console(stage, appliances, tasks, mainWindow, runner), exit);
    }

    /** Exit: views stop, every session is logged out (bounded), settings are saved, the demo stops. */
    public void stop() {
        if (workspace != null) {
            workspace.closeAll();
        }
        if (tasks != null) {
            tasks.saveRunning();
        }
        if (taskPanel != null) {
            taskPanel.close();
        }
        if (search != null) {
            search.close();
        }
        if (poller != null) {
            poller.close();
        }
        timers.shutdownNow();
        if (appliances != null) {
            appliances.logOutAll(LOGOUT_LIMIT);
        }
        if (mainWindow != null) {
            saveSettings();
        }
        if (mainView != null) {
            mainView.detach(stage);
        }
        demo.close();
        background.shutdownNow();
    }

    private void saveSettings() {
        try {
            com.ovconsole.store.Theme theme = mainWindow.getTheme() == Theme.DARK
                    ? com.ovconsole.store.Theme.DARK : com.ovconsole.store.Theme.LIGHT;
            settingsStore.save(settings.value().withWindow(mainWindow.windowState()).withTheme(theme));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not save the window settings", e);
        }
    }

    private static Optional<StartupProgress> startupProgress(ApplianceClient client) {
        ApplianceProgress progress = client.applianceProgress();
        return Optional.of(new StartupProgress(progress.completeComponents(), progress.totalComponents()));
    }

    private void connectionsChanged(ListChangeListener.Change<? extends ConnectedAppliance> change) {
        while (change.next()) {
            change.getRemoved().forEach(tasks::forget);
            change.getAddedSubList().forEach(tasks::resumeSaved);
        }
    }

    /**
     * Opens a resource in its appliance's workspace; features get this as their {@link Navigator}
     * ({@code this::navigate} in the feature list of {@link #show}).
     */
    boolean navigate(ConnectedAppliance appliance, String resourceUri) {
        return navigator.open(appliance, resourceUri);
    }

    /** The built-in demo appliance (its simulator), for tests and the screenshot tour. */
    DemoAppliance demo() {
        return demo;
    }

    /** The appliance list, for tests of the whole window. */
    ApplianceListViewModel appliances() {
        return appliances;
    }

    /** The search, for tests of the whole window (which text it last searched). */
    SearchModule search() {
        return search;
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return work -> {
            Thread thread = new Thread(work, "ov-background-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
