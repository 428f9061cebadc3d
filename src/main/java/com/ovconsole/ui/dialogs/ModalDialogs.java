package com.ovconsole.ui.dialogs;

import com.ovconsole.ui.Controllers;
import com.ovconsole.ui.FxThemes;
import com.ovconsole.ui.LoadedView;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.ViewLoader;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * The one way a dialog is made and shown: its view is loaded through the one {@link ViewLoader}
 * with the controller its feature registered ({@link Controllers#registerDialog}), then shown
 * modally over the main window, styled like it, answering confirmed or cancelled. The workflow
 * seams ({@code ConnectionPrompts}, {@code MergePrompt}, {@code DialogService}) are implemented on top.
 */
public final class ModalDialogs {

    private final Supplier<Window> owner;
    private final ViewLoader loader;
    private final Controllers controllers;
    private final Messages messages;

    /** {@code owner} is asked each time, so this can be built before the main window shows. */
    public ModalDialogs(Supplier<Window> owner, ViewLoader loader, Controllers controllers, Messages messages) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.loader = Objects.requireNonNull(loader, "loader");
        this.controllers = Objects.requireNonNull(controllers, "controllers");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** Loads the dialog view {@code view} with the controller registered for it, made from {@code input}. */
    public <C> LoadedView<C> load(Class<C> view, Object input) {
        return loader.load(view, controllers.dialog(view, input));
    }

    /** Shows {@code view} as {@code spec} says and waits; true when the user confirmed. */
    public boolean show(LoadedView<?> view, DialogSpec spec) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(spec.title);
        if (spec.windowModal) {
            dialog.initModality(Modality.WINDOW_MODAL);
        }
        own(dialog);
        dialog.setResizable(spec.resizable);
        DialogPane pane = dialog.getDialogPane();
        pane.getStyleClass().addAll(spec.styleClasses);
        if (spec.resizable) {
            pane.setPrefSize(spec.prefWidth, spec.prefHeight);
            pane.setMinSize(spec.minWidth, spec.minHeight);
        }
        pane.setContent(view.root());
        if (spec.confirmLabel == null) {
            pane.getButtonTypes().add(new ButtonType(messages.get("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        } else {
            addConfirmAndCancel(pane, spec);
        }
        if (spec.focus != null) {
            Platform.runLater(spec.focus::requestFocus);
        }
        return dialog.showAndWait().map(button -> button.getButtonData() == ButtonBar.ButtonData.OK_DONE).orElse(false);
    }

    /** Gives {@code dialog} (an alert, or one of {@link #show}) the main window as owner and its stylesheets. */
    public void own(Dialog<?> dialog) {
        Window window = owner.get();
        if (window != null) {
            dialog.initOwner(window);
        }
        DialogPane pane = dialog.getDialogPane();
        if (window != null && window.getScene() != null) {
            pane.getStylesheets().setAll(window.getScene().getStylesheets());
        }
        if (!pane.getStylesheets().contains(FxThemes.APP_STYLESHEET)) {
            pane.getStylesheets().add(FxThemes.APP_STYLESHEET);
        }
    }

    /** The window dialogs belong to (e.g. for a file chooser or a notification); may be null. */
    public Window owner() {
        return owner.get();
    }

    private void addConfirmAndCancel(DialogPane pane, DialogSpec spec) {
        ButtonType confirm = new ButtonType(spec.confirmLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(confirm, cancel);
        Button confirmButton = (Button) pane.lookupButton(confirm);
        Button cancelButton = (Button) pane.lookupButton(cancel);
        if (spec.accent) {
            confirmButton.getStyleClass().add("accent");
        }
        if (spec.confirmEnabled != null) {
            confirmButton.disableProperty().bind(Bindings.not(spec.confirmEnabled));
        }
        if (spec.cautious) {
            // Enter must not confirm by accident.
            confirmButton.setDefaultButton(false);
            confirmButton.getStyleClass().add("danger");
            cancelButton.setDefaultButton(true);
        }
        if (spec.focusCancel) {
            Platform.runLater(cancelButton::requestFocus);
        }
    }
}
