package com.ovconsole.ui.profiles.conflict;

import com.ovconsole.ui.Controllers;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.dialogs.DialogSpec;
import com.ovconsole.ui.dialogs.ModalDialogs;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/** The merge dialog: a modal window over the editor; Save merged returns the merged profile, Cancel nothing. */
public final class MergeDialog implements MergePrompt {

    private final ModalDialogs dialogs;
    private final Messages messages;

    public MergeDialog(ModalDialogs dialogs, Messages messages) {
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** How the merge dialog's controller is made (called by the profiles feature's module). */
    public static void registerDialog(Controllers controllers, Messages messages) {
        controllers.registerDialog(MergeView.class, MergeViewModel.class, merge -> new MergeView(merge, messages));
    }

    @Override
    public Optional<ObjectNode> resolve(MergeViewModel merge) {
        boolean save = dialogs.show(dialogs.load(MergeView.class, merge),
                DialogSpec.confirm(messages.get("profiles.merge.title"), messages.get("profiles.merge.save"))
                        .styleClass("merge-dialog").plainConfirm().windowModal().resizable(1120, 720, 1100, 640));
        return save ? Optional.ofNullable(merge.merged()) : Optional.empty();
    }
}
