package com.ovconsole.ui.errors;

import com.ovconsole.ui.Messages;
import com.ovconsole.ui.ViewLoader;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;

/** The ErrorMessage view in a modal dialog with one Close button. */
public final class ErrorDialog {

    private ErrorDialog() {
    }

    /** Builds (does not show) the dialog; {@code owner} may be null. */
    public static Dialog<ButtonType> create(ViewLoader loader, ErrorViewModel viewModel, Messages messages, Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(messages.get("error.title"));
        dialog.initOwner(owner);
        dialog.setResizable(false);
        DialogPane pane = dialog.getDialogPane();
        pane.getStyleClass().add("error-dialog");
        pane.setContent(loader.load(ErrorView.class, new ErrorView(viewModel)).root());
        pane.getButtonTypes().add(new ButtonType(messages.get("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        if (owner != null && owner.getScene() != null) {
            pane.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        return dialog;
    }
}
