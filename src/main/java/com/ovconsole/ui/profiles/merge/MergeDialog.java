package com.ovconsole.ui.profiles.merge;

import com.ovconsole.ui.Messages;
import com.ovconsole.ui.ViewLoader;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.stage.Modality;
import javafx.stage.Window;
import tools.jackson.databind.node.ObjectNode;

/** The merge dialog: a modal window over the editor; Save merged returns the merged profile, Cancel nothing. */
public final class MergeDialog implements MergePrompt {

    private final ViewLoader loader;
    private final Messages messages;
    private final Supplier<Window> owner;
    private final String stylesheet;

    /** @param stylesheet the application stylesheet the dialog shares with the main window */
    public MergeDialog(ViewLoader loader, Messages messages, Supplier<Window> owner, String stylesheet) {
        this.loader = loader;
        this.messages = messages;
        this.owner = owner;
        this.stylesheet = stylesheet;
    }

    @Override
    public Optional<ObjectNode> resolve(MergeViewModel merge) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(messages.get("profiles.merge.title"));
        dialog.initModality(Modality.WINDOW_MODAL);
        Window parent = owner.get();
        if (parent != null) {
            dialog.initOwner(parent);
        }
        dialog.setResizable(true);
        DialogPane pane = dialog.getDialogPane();
        pane.getStyleClass().add("merge-dialog");
        pane.setPrefSize(1120, 720);
        pane.setMinSize(1100, 640);
        pane.getStylesheets().add(stylesheet);
        pane.setContent(loader.load(MergeView.class, new MergeView(merge, messages)).root());
        ButtonType save = new ButtonType(messages.get("profiles.merge.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(save, cancel);
        return dialog.showAndWait().filter(save::equals).map(chosen -> merge.merged());
    }
}
