package com.ovconsole.app;

import com.ovconsole.sim.SimulatorConfig;
import com.ovconsole.store.ApplianceEntry;
import com.ovconsole.store.ApplianceStore;
import com.ovconsole.testing.SimulatorFixture;
import com.ovconsole.ui.Snapshots;
import com.ovconsole.ui.connections.ApplianceItem;
import com.ovconsole.ui.search.SearchViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.controlsfx.control.StatusBar;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * One console for a window test, so the test reads as its story: the real {@link Composition}
 * in a temp config folder, shown on a stage of its own (never TestFX's shared primary stage, whose
 * handlers and listeners would pile up from test to test), the simulators it started, and the steps
 * every story repeats (store an appliance, connect through the login dialog, pick a tab).
 *
 * <p>Keys go to the focused window; under Monocle that is whichever window last asked for the focus,
 * not the one in front. So every key meant for the console first makes its stage the focused window
 * (and fails if another window stands in front of it). {@link #close()} stops the console, hides every
 * window, closes the simulators and releases keys and buttons, so the next class starts clean.
 */
final class ConsoleWindowBed implements AutoCloseable {

    static final String PASSWORD = "admin";
    private static final int SECONDS = 30;

    private final FxRobot robot = new FxRobot();
    private final List<SimulatorFixture> simulators = new ArrayList<>();
    private final String name;
    private final Path configDir;
    private final Composition composition;
    private final ConsoleApp app;
    private Stage stage;

    private ConsoleWindowBed(String name, Path configDir, Composition composition) {
        this.name = name;
        this.configDir = configDir;
        this.composition = composition;
        this.app = new ConsoleApp(composition);
    }

    /** A console with an empty config folder; screenshots of a timed-out wait are named {@code <name>-failure-N.png}. */
    static ConsoleWindowBed open(String name) throws Exception {
        return open(name, UnaryOperator.identity());
    }

    /** As {@link #open(String)}, {@code setUp} changing the composition before it shows (a wrapped navigator). */
    static ConsoleWindowBed open(String name, UnaryOperator<Composition> setUp) throws Exception {
        FxToolkit.registerPrimaryStage();
        hideLeftOvers("before " + name);
        Path configDir = Files.createTempDirectory("ovconsole-" + name + "-test-");
        ConsoleWindowBed bed = new ConsoleWindowBed(name, configDir,
                setUp.apply(Composition.of(LaunchConfig.normal(configDir))));
        bed.stage = WaitForAsyncUtils.asyncFx(() -> {
            Stage stage = new Stage();
            bed.app.start(stage);
            return stage;
        }).get();
        bed.waits().forNode(".main-window");
        // The start-up read of the list (the demo appliance on a first run) has arrived: a later
        // storeAppliance reads the list again and cannot be overtaken by this older read.
        bed.waits().until("the appliance list read at start-up",
                () -> !bed.composition.appliances().getItems().isEmpty());
        return bed;
    }

    FxRobot robot() {
        return robot;
    }

    Stage stage() {
        return stage;
    }

    Path configDir() {
        return configDir;
    }

    Composition composition() {
        return composition;
    }

    WindowWaits waits() {
        return new WindowWaits(robot, SECONDS, name + "-failure", () -> onFx(this::applianceStates));
    }

    /** A simulator on a free port, closed with the bed. */
    SimulatorFixture simulator(SimulatorConfig.Builder config) {
        SimulatorFixture simulator = SimulatorFixture.start(config);
        simulators.add(simulator);
        return simulator;
    }

    /** Adds {@code name} at the simulator's address, its certificate trusted, and reads the list again. */
    void storeAppliance(String name, SimulatorFixture simulator) throws Exception {
        storeAppliance(name, simulator.address(), simulator.simulator().certificateSha256());
    }

    /** Adds {@code name} (pinned to {@code pin}, or not if null) and reads the list again as a restart would. */
    void storeAppliance(String name, String address, String pin) throws Exception {
        new ApplianceStore(configDir).add(ApplianceEntry.create(name, address, "Administrator", "LOCAL")
                .withPinnedCertificate(pin));
        WaitForAsyncUtils.asyncFx(() -> composition.appliances().load()).get();
    }

    /** Clicks the list row of {@code name} once the list has settled (rows are rebuilt on load). */
    void clickAppliance(String name) throws Exception {
        waits().until("the row of " + name, () -> applianceRow(name) != null);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(applianceRow(name));
    }

    /** Selects {@code name}, Connect, logs in with the password: until the appliance is connected. */
    void connect(String name) throws Exception {
        clickAppliance(name);
        robot.clickOn("#connectButton");
        logIn(PASSWORD);
        waits().until("login dialog closed", () -> robot.lookup(".login-dialog").tryQuery().isEmpty());
        waits().until(name + " connected", () -> onFx(() -> composition.appliances().getConnectedAppliances()
                .stream().anyMatch(appliance -> name.equals(appliance.displayName()))));
    }

    /** In the login dialog that opens: the password, then Log in. */
    void logIn(String password) throws Exception {
        enterPassword(password);
        robot.clickOn(button("Log in"));
    }

    /** Types {@code password} in the login dialog once it is open (and has the keys). */
    void enterPassword(String password) throws Exception {
        waits().forNode(".login-dialog");
        focus(robot.lookup(".login-dialog").query().getScene().getWindow());
        robot.clickOn("#password").write(password);
    }

    /** Clicks the workspace tab {@code title}: until it is selected. */
    void selectTab(String title) throws Exception {
        waits().forNode(".workspace-tabs");
        TabPane tabs = robot.lookup(".workspace-tabs").queryAs(TabPane.class);
        Tab tab = tabs.getTabs().stream().filter(t -> title.equals(t.getText())).findFirst().orElseThrow();
        robot.clickOn(robot.lookup(".workspace-tabs .tab-label").match((Label label) -> title.equals(label.getText()))
                .queryAs(Node.class));
        waits().until(title + " selected", tab::isSelected);
    }

    /** {@code key} typed in the console's window (its stage focused first). */
    void key(KeyCode key) throws Exception {
        focusConsole();
        robot.type(key);
    }

    /** Ctrl+{@code key} in the console's window. */
    void shortcut(KeyCode key) throws Exception {
        focusConsole();
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
    }

    /** {@code text} typed in the console's window, where its focus owner is. */
    void write(String text) throws Exception {
        focusConsole();
        robot.write(text);
    }

    /** Ctrl+K (the key, not the menu), then {@link #typeSearch}. */
    void search(String text) throws Exception {
        shortcut(KeyCode.K);
        waits().until("the search field has the focus", () -> robot.lookup(".search-field").query().isFocused());
        typeSearch(text);
    }

    /**
     * {@code text} typed in the focused search field: until the search of the whole text has answered. Typed
     * slowly (a loaded machine), a prefix is searched on the way, and its results can already hold the wanted
     * one; Enter then searches the whole text and opens its top result, not the one the test picked with the
     * arrow keys, so a test waits for this.
     */
    void typeSearch(String text) throws Exception {
        write(text);
        SearchViewModel search = composition.search().viewModel();
        waits().until("the search for \u201c" + text + "\u201d answered", () -> onFx(() ->
                text.strip().equals(search.searchedText()) && !search.searchingProperty().get()));
    }

    /** {@code key} typed in the window of the node {@code selector} finds (a dialog). */
    void keyIn(String selector, KeyCode key) throws Exception {
        waits().forNode(selector);
        focus(robot.lookup(selector).query().getScene().getWindow());
        robot.type(key);
    }

    /** The console's stage becomes the window keys go to; no other window may stand in front of it. */
    void focusConsole() throws Exception {
        List<String> inFront = onFx(() -> Window.getWindows().stream()
                .filter(window -> window != stage && window.isShowing() && !(window instanceof PopupWindow))
                .map(ConsoleWindowBed::title).toList());
        if (!inFront.isEmpty()) {
            throw new AssertionError("Keys for the console, but a window is in front of it: " + inFront);
        }
        focus(stage);
    }

    private void focus(Window window) throws Exception {
        // Monocle sends keys to the window that last asked for the focus, even if it has been hidden since.
        WaitForAsyncUtils.asyncFx(window::requestFocus).get();
        waits().until("the window has the focus", window::isFocused);
    }

    /** The visible button showing {@code text}. */
    Node button(String text) {
        return robot.lookup(".button").match((Button button) -> text.equals(button.getText()) && button.isVisible())
                .query();
    }

    boolean visible(String selector) {
        return robot.lookup(selector).tryQuery().map(node -> node.isVisible() && node.getScene() != null).orElse(false);
    }

    String statusBar() {
        return robot.lookup(".status-bar").queryAs(StatusBar.class).getText();
    }

    /** The console's window as {@code target/screenshots/<fileName>}. */
    void saveWindow(String fileName) throws Exception {
        save(".main-window", fileName);
    }

    /** The dialog {@code selector} finds, or the window its node is in, as {@code target/screenshots/<fileName>}. */
    void save(String selector, String fileName) throws Exception {
        Node node = robot.lookup(selector).query();
        Node root = node instanceof DialogPane ? node : node.getScene().getRoot();
        WaitForAsyncUtils.asyncFx(() -> Snapshots.save(root, fileName)).get();
    }

    /** {@code read} on the FX thread (for lists and selections the FX thread changes). */
    static <T> T onFx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stops the console (views, timers, sessions), hides every window, closes the simulators, releases the input. */
    @Override
    public void close() throws Exception {
        try {
            WaitForAsyncUtils.asyncFx(app::stop).get();
        } finally {
            try {
                WaitForAsyncUtils.asyncFx(() -> List.copyOf(Window.getWindows()).forEach(Window::hide)).get();
            } finally {
                simulators.forEach(SimulatorFixture::close);
                robot.release(new KeyCode[0]);
                robot.release(new MouseButton[0]);
                WaitForAsyncUtils.waitForFxEvents();
                hideLeftOvers("after " + name);
                deleteConfigDir();
            }
        }
    }

    private Node applianceRow(String name) {
        return robot.lookup(".appliance-cell")
                .match((ListCell<?> cell) -> cell.getItem() != null && cell.getItem().toString().startsWith(name + " ["))
                .tryQuery().orElse(null);
    }

    /** For the report of a timed-out wait: each appliance of the list and where it stands. On the FX thread. */
    private String applianceStates() {
        StringBuilder text = new StringBuilder("appliance list (selected: ")
                .append(composition.appliances().selectedProperty().get()).append("):\n");
        for (ApplianceItem item : composition.appliances().getItems()) {
            text.append("  ").append(item.getEntry().displayName()).append(": ").append(item.getStatus())
                    .append(", detail \"").append(item.getDetail()).append('"')
                    .append(item.getConnected() != null ? ", connected" : "")
                    .append(item.getChangedCertificate() != null ? ", certificate changed" : "").append('\n');
        }
        return text.toString();
    }

    /** Windows an earlier test (class) left showing, or that opened after its console stopped: hidden, and said. */
    private static void hideLeftOvers(String when) throws Exception {
        List<String> hidden = WaitForAsyncUtils.asyncFx(() -> {
            List<Window> showing = Window.getWindows().stream().filter(Window::isShowing).toList();
            showing.forEach(Window::hide);
            return showing.stream().map(ConsoleWindowBed::title).toList();
        }).get();
        if (!hidden.isEmpty()) {
            System.out.println("ConsoleWindowBed " + when + ": hid windows left showing: " + hidden);
        }
    }

    private static String title(Window window) {
        return window.getClass().getSimpleName() + (window instanceof Stage stage ? " \"" + stage.getTitle() + "\"" : "");
    }

    private void deleteConfigDir() {
        try (Stream<Path> files = Files.walk(configDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException notDeleted) {
            System.out.println("ConsoleWindowBed: could not delete " + configDir + ": " + notDeleted);
        }
    }
}
