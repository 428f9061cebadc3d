package com.ovconsole.ui.profiles.editor;

import com.ovconsole.api.Resource;
import com.ovconsole.ui.ConnectedAppliance;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.profiles.FieldLabels;
import com.ovconsole.ui.profiles.ProfileServices;
import com.ovconsole.ui.profiles.conflict.MergePrompt;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import tools.jackson.databind.node.ObjectNode;

/**
 * The editor's save side: writes through {@link SaveWorkflow} and acts on each {@link SaveOutcome}
 * (task, merge, warnings, a server that must be off), on the UI thread. The edits are only replaced
 * by what the appliance stored ({@code saved}); every other end keeps them. {@code current} is
 * the attempt to make now, {@code adoptMerged} takes a merge's result as the edits on theirs.
 */
final class ProfileSaving {

    private static final Runnable NOTHING = () -> { };

    private final ProfileServices services;
    private final Messages messages;
    private final SaveWorkflow workflow;
    private final EditorStatus footer;
    private final RemoteChangeWatch remoteWatch;
    private final Supplier<SaveAttempt> current;
    private final Consumer<SaveAttempt> adoptMerged;
    private final Consumer<Resource<ObjectNode>> saved;
    private final PowerCycle power;
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<SaveOutcome.NeedsPowerOff> powerOffNeeded = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper powerText = new ReadOnlyStringWrapper("");
    /** The server whose power was read for the current settings edits (null: none yet). */
    private String checkedServer;
    /** Runs once the current save has ended, whichever way (the power cycle's last step). */
    private Runnable afterSave = NOTHING;

    ProfileSaving(ConnectedAppliance appliance, ProfileServices services, MergePrompt prompt, EditorStatus footer,
            RemoteChangeWatch remoteWatch, Supplier<SaveAttempt> current, Consumer<SaveAttempt> adoptMerged,
            Consumer<Resource<ObjectNode>> saved) {
        this.services = services;
        this.messages = services.messages();
        this.workflow = new SaveWorkflow(appliance, services, prompt, new FieldLabels(messages));
        this.footer = footer;
        this.remoteWatch = remoteWatch;
        this.current = current;
        this.adoptMerged = adoptMerged;
        this.saved = saved;
        this.power = new PowerCycle(appliance, services, footer);
    }

    void write(SaveAttempt attempt) {
        warnings.clear();
        powerOffNeeded.set(null);
        checkedServer = null;
        footer.working(messages.get("profiles.editor.saving"));
        workflow.save(attempt, outcome -> ended(attempt, outcome));
    }

    private void ended(SaveAttempt attempt, SaveOutcome outcome) {
        if (outcome instanceof SaveOutcome.Saved done) {
            stored(done.profile(), messages.get("profiles.editor.saved"));
        } else if (outcome instanceof SaveOutcome.SavedWithWarnings warned) {
            warnings.setAll(warned.messages());
            stored(warned.profile(), messages.get("profiles.editor.savedWithWarnings"));
        } else if (outcome instanceof SaveOutcome.AcceptedAsTask task) {
            workflow.follow(attempt, task, footer::task, end -> ended(attempt, end));
        } else if (outcome instanceof SaveOutcome.Conflict conflict) {
            merge(attempt, conflict);
        } else if (outcome instanceof SaveOutcome.NeedsPowerOff off) {
            footer.done(messages.format("profiles.editor.needsPowerOff", off.serverName()));
            powerText.set(messages.get("profiles.power.explain"));
            powerOffNeeded.set(off);
            finished();
        } else if (outcome instanceof SaveOutcome.Refused refused) {
            footer.done(refused.status());
            refused.failure().ifPresent(services.dialogs()::showError);
            finished();
        }
    }

    private void stored(Resource<ObjectNode> profile, String status) {
        saved.accept(profile);
        remoteWatch.reset();
        footer.done(status);
        finished();
    }

    private void finished() {
        Runnable next = afterSave;
        afterSave = NOTHING;
        next.run();
    }

    /** The user merges; the merged tree becomes the edits on theirs and is saved with their eTag. */
    private void merge(SaveAttempt attempt, SaveOutcome.Conflict conflict) {
        Optional<SaveAttempt> next;
        try {
            next = workflow.merge(attempt, conflict);
        } catch (RuntimeException broken) {
            ended(attempt, workflow.refused(broken));
            return;
        }
        if (next.isEmpty()) {
            footer.done(messages.get("profiles.editor.mergeCancelled"));
            finished();
            return;
        }
        adoptMerged.accept(next.get());
        remoteWatch.reset();
        write(next.get());
    }

    /**
     * After a 409 SERVER_HARDWARE_POWERED_ON: with the user's yes (a confirmation naming the
     * server and the profile), power the server off, save, and power it back on, each step a task
     * in the task panel. A step that fails stops the chain and says which; the edits stay.
     */
    void powerOffSavePowerOn(String profileName) {
        SaveOutcome.NeedsPowerOff off = powerOffNeeded.get();
        if (off == null || footer.isBusy()) {
            return;
        }
        if (!services.dialogs().confirm(messages.format("profiles.power.title", off.serverName()),
                messages.format("profiles.power.confirm", off.serverName(), profileName),
                messages.get("profiles.power.confirmButton"), messages.get("profiles.power.cancel"))) {
            footer.say(messages.get("profiles.power.cancelled"));
            return;
        }
        powerOffNeeded.set(null);
        power.off(off, profileName, () -> {
            afterSave = () -> power.on(off, profileName, footer.textProperty().get());
            write(current.get());
        });
    }

    /**
     * Before a save: BIOS, boot or firmware edits on {@code serverUri} (empty: none, or no server).
     * When that server is not Off the editor says so and offers the power cycle up front; a plain
     * Save stays possible (not every appliance needs the server off).
     */
    void settingsEdited(String serverUri) {
        if (footer.isBusy() || serverUri.equals(checkedServer == null ? "" : checkedServer)) {
            return;
        }
        checkedServer = serverUri.isEmpty() ? null : serverUri;
        if (checkedServer == null) {
            powerOffNeeded.set(null);
            return;
        }
        power.check(serverUri, on -> {
            if (serverUri.equals(checkedServer) && !footer.isBusy()) {
                powerText.set(on == null ? "" : messages.format("profiles.power.before", on.serverName()));
                powerOffNeeded.set(on);
            }
        });
    }

    /** The task's messages of a save that ended in Warning, until the next save. */
    ObservableList<String> warnings() {
        return warnings;
    }

    void dismissWarnings() {
        warnings.clear();
    }

    /** Set while the last save was refused because the server is on; the editor offers the power cycle. */
    ReadOnlyObjectProperty<SaveOutcome.NeedsPowerOff> powerOffNeededProperty() {
        return powerOffNeeded.getReadOnlyProperty();
    }

    /** What the power banner says: before a save (the server is on) or after the appliance refused it. */
    ReadOnlyStringProperty powerTextProperty() {
        return powerText.getReadOnlyProperty();
    }
}
