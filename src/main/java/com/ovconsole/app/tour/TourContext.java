package com.ovconsole.app.tour;

import com.ovconsole.app.mode.RunMode;
import com.ovconsole.ui.connections.ApplianceItem;
import com.ovconsole.ui.connections.ConnectionStatus;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;

/** What every group of tour screens uses: the steps, the pictures, the console, the tour's time. */
final class TourContext {

    final FxSteps steps;
    final Shots shots;
    final RunMode.Console console;
    final TourClock clock;
    final TourAppliances appliances;
    final TourDownloads downloads;

    TourContext(FxSteps steps, Shots shots, RunMode.Console console, TourClock clock,
            TourAppliances appliances, TourDownloads downloads) {
        this.steps = steps;
        this.shots = shots;
        this.console = console;
        this.clock = clock;
        this.appliances = appliances;
        this.downloads = downloads;
    }

    /** Moves the shared clock on (tasks progress, the lab appliance gets further in its start-up). */
    void advance(Duration by) {
        clock.advance(by);
    }

    /** The list item of the appliance shown as {@code name}, once it is in the list. */
    ApplianceItem item(String name) {
        steps.waitUntil(name + " in the appliance list", () -> find(name).isPresent());
        return steps.onFx(() -> find(name).orElseThrow());
    }

    private Optional<ApplianceItem> find(String name) {
        return console.appliances().getItems().stream()
                .filter(item -> item.getEntry().displayName().equals(name)).findFirst();
    }

    void select(ApplianceItem item) {
        steps.onFx(() -> {
            console.appliances().selectedProperty().set(item);
            return null;
        });
        steps.settle();
    }

    void connect(ApplianceItem item) {
        steps.fire(() -> console.appliances().connect(item));
    }

    void waitConnected(ApplianceItem item) {
        steps.waitUntil(item.getEntry().displayName() + " connected",
                () -> item.getStatus() == ConnectionStatus.CONNECTED);
    }

    /** Waits for the dialog with {@code styleClass} and returns its pane. */
    DialogPane dialog(String styleClass) {
        steps.waitUntil("the dialog " + styleClass, () -> FxSteps.dialog(styleClass).isPresent());
        return steps.onFx(() -> FxSteps.dialog(styleClass).orElseThrow());
    }

    void waitNoDialog(String styleClass) {
        steps.waitUntil("the dialog " + styleClass + " closed", () -> FxSteps.dialog(styleClass).isEmpty());
    }

    /** Types into a field of a dialog (or any window) found by {@code selector}. */
    void type(Node root, String selector, String text) {
        steps.onFx(() -> {
            TextInputControl field = (TextInputControl) root.lookup(selector);
            field.setText(text);
            return null;
        });
    }

    /** Presses the dialog's button with this text. */
    void press(DialogPane pane, String text) {
        steps.fire(() -> button(pane, type -> text.equals(type.getText())).fire());
    }

    /** Presses the dialog's button of this kind (OK_DONE, CANCEL_CLOSE…). */
    void press(DialogPane pane, ButtonBar.ButtonData data) {
        steps.fire(() -> button(pane, type -> type.getButtonData() == data).fire());
    }

    private static Button button(DialogPane pane, Predicate<ButtonType> which) {
        ButtonType type = pane.getButtonTypes().stream().filter(which).findFirst()
                .orElseThrow(() -> new IllegalStateException("No such button in " + pane.getStyleClass()));
        return (Button) pane.lookupButton(type);
    }

    void selectTab(String title) {
        steps.onFx(() -> {
            TabPane tabs = (TabPane) FxSteps.find(".workspace-tabs", Node::isVisible).orElseThrow();
            Tab tab = tabs.getTabs().stream().filter(t -> title.equals(t.getText())).findFirst().orElseThrow();
            tabs.getSelectionModel().select(tab);
            return null;
        });
        steps.settle();
    }

    static Button button(String selector) {
        return (Button) FxSteps.find(selector, Node::isVisible).orElseThrow(
                () -> new IllegalStateException("No visible " + selector));
    }

    /** True when a visible label's text passes {@code text}. */
    static boolean label(Predicate<String> text) {
        return FxSteps.find(".label", node -> node instanceof Label label && label.isVisible()
                && label.getText() != null && text.test(label.getText())).isPresent();
    }
}
