package com.ovconsole.app;

import com.ovconsole.store.ApplianceEntry;
import com.ovconsole.store.ConfigDirectory;
import com.ovconsole.ui.connections.ApplianceItem;
import com.ovconsole.ui.connections.ApplianceListViewModel;
import com.ovconsole.ui.connections.ConnectionStatus;
import com.ovconsole.ui.profiles.list.ProfileRow;
import com.ovconsole.ui.tasks.TaskRow;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code --screenshots DIR}: a temporary config folder, the demo appliance connected as in the
 * smoke run, then a fixed walk through the main views, each saved as {@code DIR/console-*.png}
 * (the 1280x800 main window, or the dialog): overview, profile list, profile editor, merge dialog
 * (another user saves the same profile meanwhile), task panel with a running backup, backups view
 * after the download. Exits 0; 1 with the reason on any failure.
 */
final class ScreenshotTour {

    static final String FLAG = "--screenshots";
    static final int WIDTH = 1280;
    static final int HEIGHT = 800;
    /** The demo profile the tour edits. */
    static final String EDITED_PROFILE = "app-backend-008";

    private final Stage stage;
    private final ApplianceListViewModel appliances;
    private final DemoAppliance demo;
    private final Path folder;
    private final PrintStream out;
    private final IntConsumer exit;
    private final FxSteps steps = new FxSteps(30_000);

    ScreenshotTour(Stage stage, ApplianceListViewModel appliances, DemoAppliance demo, Path folder, PrintStream out,
            IntConsumer exit) {
        this.stage = stage;
        this.appliances = appliances;
        this.demo = demo;
        this.folder = folder;
        this.out = out;
        this.exit = exit;
    }

    /** The folder after the flag, or null when the flag is absent. */
    static Path folder(List<String> args) {
        int at = args.indexOf(FLAG);
        if (at < 0) {
            return null;
        }
        if (at + 1 >= args.size()) {
            throw new IllegalArgumentException(FLAG + " needs a folder, e.g. " + FLAG + " target/tour");
        }
        return Path.of(args.get(at + 1)).toAbsolutePath();
    }

    /** Before launch: a throw-away config folder and tasks long enough to be seen running. */
    static void prepare() throws IOException {
        System.setProperty(ConfigDirectory.OVERRIDE_PROPERTY, Files.createTempDirectory("ovconsole-tour-").toString());
        if (System.getProperty(DemoAppliance.TASK_SECONDS_PROPERTY) == null) {
            System.setProperty(DemoAppliance.TASK_SECONDS_PROPERTY, "6");
        }
    }

    /** Where the tour's backup download goes: a temporary folder, not the screenshots folder. */
    static Path downloadFolder() {
        try {
            return Files.createTempDirectory("ovconsole-tour-downloads-");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Runs the walk on its own thread (it waits on the window). */
    void start() {
        Thread walk = new Thread(() -> {
            try {
                Files.createDirectories(folder);
                run();
                exit.accept(0);
            } catch (Exception | AssertionError e) {
                out.println("Screenshot tour FAILED: " + e.getMessage());
                captureFailure();
                exit.accept(1);
            }
        }, "screenshot-tour");
        walk.setDaemon(true);
        walk.start();
    }

    private void run() {
        steps.onFx(() -> {
            stage.setWidth(WIDTH);
            stage.setHeight(HEIGHT);
            return null;
        });
        steps.waitUntil("the demo appliance in the list", () -> appliances.item(ApplianceEntry.DEMO_ID) != null);
        ApplianceItem item = steps.onFx(() -> appliances.item(ApplianceEntry.DEMO_ID));
        steps.onFx(() -> {
            appliances.connect(item);
            return null;
        });
        steps.waitUntil("the demo connected", () -> item.getStatus() == ConnectionStatus.CONNECTED);
        steps.waitUntil("the overview's figures", () -> label(text -> text.contains("240")));
        window("console-overview.png");

        selectTab("Server Profiles");
        steps.waitUntil("the first page of profiles", () -> FxSteps.find(".profiles-summary", Node::isVisible)
                .map(node -> ((Label) node).getText().matches("[\\d,]+ of 240")).orElse(false));
        window("console-profile-list.png");

        ProfileRow row = openFirstProfile();
        window("console-profile-editor.png");

        String id = row.uri().substring(row.uri().lastIndexOf('/') + 1);
        demo.start().editProfileAsAnotherUser(id, profile -> {
            profile.put("description", "Changed by the night shift");
            ((ObjectNode) profile.at("/connectionSettings/connections/0")).put("requestedMbps", "12500");
        });
        steps.fire(() -> button("#saveButton").fire());
        steps.waitUntil("the merge dialog", () -> FxSteps.dialog("merge-dialog").isPresent());
        DialogPane merge = steps.onFx(() -> FxSteps.dialog("merge-dialog").orElseThrow());
        steps.onFx(() -> {
            ((javafx.scene.control.ToggleButton) FxSteps.find(".toggle-button",
                    node -> "Description: Mine".equals(node.getAccessibleText())).orElseThrow()).fire();
            return null;
        });
        steps.settle();
        steps.capture(merge, folder.resolve("console-merge-dialog.png"));
        pressDialogButton(merge, "Save merged");
        steps.waitUntil("the merged save", () -> label(text -> text.equals("Saved.")));

        selectTab("Backups");
        steps.fire(() -> button("#createButton").fire());
        steps.waitUntil("the backup confirmation", () -> FxSteps.dialog(null).isPresent());
        pressDialogButton(steps.onFx(() -> FxSteps.dialog(null).orElseThrow()), "Create backup");
        TaskRow backup = backupTask();
        steps.waitUntil("the backup under way", () -> backup.progressProperty().get() > 0.2);
        steps.onFx(() -> {
            taskTable().getSelectionModel().select(backup);
            return null;
        });
        window("console-task-panel-backup.png");

        steps.waitUntil("the backup completed", () -> "Completed".equals(backup.getStateText()));
        steps.waitUntil("Download offered", () -> button("#followUpButton").isVisible());
        steps.fire(() -> button("#followUpButton").fire());
        steps.waitUntil("the download verified", () -> FxSteps.find("#sha256", node -> node instanceof TextField && node.isVisible())
                .map(node -> !((TextField) node).getText().isEmpty()).orElse(false));
        window("console-backups.png");
        out.println("Screenshot tour OK: " + folder);
    }

    @SuppressWarnings("unchecked")
    private ProfileRow openFirstProfile() {
        ProfileRow row = steps.onFx(() -> {
            TableView<?> table = (TableView<?>) FxSteps.find(".profile-table", Node::isVisible).orElseThrow();
            // A profile the demo keeps valid for the console's checks (some demo profiles are not: see report).
            ProfileRow chosen = table.getItems().stream().map(ProfileRow.class::cast)
                    .filter(candidate -> EDITED_PROFILE.equals(candidate.name())).findFirst()
                    .orElse((ProfileRow) table.getItems().get(0));
            ((TableView<ProfileRow>) table).getSelectionModel().select(chosen);
            table.scrollTo(table.getSelectionModel().getSelectedIndex());
            return chosen;
        });
        steps.fire(() -> ((Button) FxSteps.find(".profiles-tabs", Node::isVisible).orElseThrow()
                .lookup("#editButton")).fire());
        steps.waitUntil("the editor", () -> description().isPresent());
        steps.onFx(() -> {
            TextField description = (TextField) description().orElseThrow();
            description.requestFocus();
            description.setText("Rebuilt after the rack move");
            return null;
        });
        steps.waitUntil("the edit marked", () -> label(text -> text.equals("Unsaved changes")));
        return row;
    }

    private static java.util.Optional<Node> description() {
        return FxSteps.find(".text-field", node -> node instanceof TextField && node.isVisible()
                && "Description".equals(node.getAccessibleText()));
    }

    private TaskRow backupTask() {
        steps.onFx(() -> {
            TitledPane panel = (TitledPane) FxSteps.find(".task-panel", node -> true).orElseThrow();
            panel.setExpanded(true);
            return null;
        });
        steps.waitUntil("the backup's task row", () -> taskTable().getItems().stream()
                .anyMatch(row -> row.nameProperty().get().toLowerCase().contains("backup")));
        return steps.onFx(() -> taskTable().getItems().stream()
                .filter(row -> row.nameProperty().get().toLowerCase().contains("backup")).findFirst().orElseThrow());
    }

    @SuppressWarnings("unchecked")
    private static TableView<TaskRow> taskTable() {
        return (TableView<TaskRow>) FxSteps.find(".task-panel .task-table", node -> true).orElseThrow();
    }

    private void selectTab(String title) {
        steps.onFx(() -> {
            TabPane tabs = (TabPane) FxSteps.find(".workspace-tabs", Node::isVisible).orElseThrow();
            tabs.getSelectionModel().select(tabs.getTabs().stream()
                    .filter(tab -> title.equals(tab.getText())).findFirst().orElseThrow());
            return null;
        });
        steps.settle();
    }

    private void pressDialogButton(DialogPane pane, String text) {
        steps.fire(() -> {
            ButtonType type = pane.getButtonTypes().stream().filter(t -> text.equals(t.getText())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No button " + text));
            ((Button) pane.lookupButton(type)).fire();
        });
    }

    private static Button button(String selector) {
        return (Button) FxSteps.find(selector, Node::isVisible).orElseThrow();
    }

    private static boolean label(java.util.function.Predicate<String> text) {
        return FxSteps.find(".label", node -> node instanceof Label label && label.isVisible()
                && label.getText() != null && text.test(label.getText())).isPresent();
    }

    /** What was on screen when a step failed: every window as tour-failure-N.png. */
    private void captureFailure() {
        try {
            List<javafx.stage.Window> windows = steps.onFx(() -> List.copyOf(javafx.stage.Window.getWindows()));
            for (int i = 0; i < windows.size(); i++) {
                steps.capture(windows.get(i).getScene().getRoot(), folder.resolve("tour-failure-" + i + ".png"));
            }
        } catch (RuntimeException e) {
            out.println("No failure screenshot: " + e.getMessage());
        }
    }

    private void window(String fileName) {
        steps.settle();
        steps.capture(stage.getScene().getRoot(), folder.resolve(fileName));
    }
}
