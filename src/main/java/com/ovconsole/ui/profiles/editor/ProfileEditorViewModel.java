package com.ovconsole.ui.profiles.editor;

import com.ovconsole.api.ETag;
import com.ovconsole.api.Resource;
import com.ovconsole.store.Draft;
import com.ovconsole.ui.ConnectedAppliance;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.profiles.ProfileServices;
import com.ovconsole.ui.profiles.conflict.MergePrompt;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import tools.jackson.databind.node.ObjectNode;

/**
 * One profile being edited: the tree it was loaded from (base), its ETag and the edited copy (base
 * with the form's edits over it); marks changed fields, writes drafts, saves via {@link SaveWorkflow} and
 * acts on each {@link SaveOutcome}.
 */
public final class ProfileEditorViewModel {

    private final ConnectedAppliance appliance;
    private final ProfileServices services;
    private final Messages messages;
    private final ProfileForm form = new ProfileForm();
    private final ProfilePickers pickers;
    private final ProfileValidation validation;
    private final EditorStatus footer;
    private final ProfileSaving saving;
    private final DraftSaver draftSaver;
    private final DirtyFields dirty = new DirtyFields();
    private final RemoteChangeWatch remoteWatch;
    private final Runnable stopListening;

    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Draft> offeredDraft = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Fact> facts = FXCollections.observableArrayList();

    private String uri;
    private String draftKey;
    private ObjectNode base;
    private ETag eTag;
    private ObjectNode edited;
    private boolean suspendTracking;

    public ProfileEditorViewModel(ConnectedAppliance appliance, ProfileServices services, MergePrompt mergePrompt) {
        this.appliance = appliance;
        this.services = services;
        this.messages = services.messages();
        this.pickers = new ProfilePickers(appliance, services.runner(), messages);
        this.validation = new ProfileValidation(messages);
        this.footer = new EditorStatus(messages);
        this.draftSaver = new DraftSaver(services.drafts(), services.scheduler(), services.draftDelay());
        this.remoteWatch = new RemoteChangeWatch(appliance, services, () -> new RemoteChangeWatch.Target(uri, eTag));
        this.saving = new ProfileSaving(appliance, services, mergePrompt, footer, remoteWatch,
                () -> new SaveAttempt(uri, base, edited, eTag), next -> adopt(next.base(), next.eTag(), next.mine()),
                this::saved);
        this.stopListening = form.onAnyChange(observable -> formChanged());
        // The servers offered depend on the hardware type and enclosure group: read them again on a change.
        InvalidationListener reloadServers = observable -> {
            if (!suspendTracking) {
                loadServerChoices();
            }
        };
        form.text(ProfileField.SERVER_HARDWARE_TYPE).addListener(reloadServers);
        form.text(ProfileField.ENCLOSURE_GROUP).addListener(reloadServers);
    }

    // Commands

    /** Loads the profile at {@code profileUri}; a draft of it on disk is offered ({@link #offeredDraftProperty()}). */
    public void open(String profileUri) {
        footer.working(messages.get("profiles.editor.loading"));
        services.runner().run(context -> new Opened(appliance.client().get(profileUri, ObjectNode.class),
                services.draft(appliance.id(), profileUri)), opened -> {
                    uri = profileUri;
                    draftKey = profileUri;
                    adopt(opened.profile().tree(), opened.profile().eTag(), opened.profile().tree());
                    opened.draft().filter(draft -> !draft.mine().equals(base)).ifPresent(offeredDraft::set);
                    footer.done("");
                }, failure -> {
                    footer.done(messages.get("profiles.editor.loadFailed"));
                    services.dialogs().showError(failure);
                });
    }

    private record Opened(Resource<ObjectNode> profile, Optional<Draft> draft) {
    }

    /** A new profile from {@code template} (empty, or a copy of another profile without its identity). */
    public void openNew(ObjectNode template) {
        uri = null;
        draftKey = "new:" + UUID.randomUUID();
        adopt(template, null, template);
    }

    /** A new profile that was never saved, from its draft. */
    public void openNewFromDraft(Draft draft) {
        uri = null;
        draftKey = draft.resourceUri();
        adopt((ObjectNode) draft.base(), null, (ObjectNode) draft.mine());
    }

    /** Takes the draft's edits back; they apply to the draft's base, so a changed profile merges on save. */
    public void restoreDraft() {
        Draft draft = offeredDraft.get();
        if (draft != null) {
            offeredDraft.set(null);
            adopt((ObjectNode) draft.base(), ETag.of(draft.baseETag()), (ObjectNode) draft.mine());
        }
    }

    public void discardDraft() {
        offeredDraft.set(null);
        draftSaver.discard(appliance.id(), draftKey);
    }

    /** Back to the loaded profile; the draft goes too. */
    public void revert() {
        adopt(base, eTag, base);
        draftSaver.discard(appliance.id(), draftKey);
    }

    public void save() {
        validation.follow();
        if (footer.isBusy()) {
            return;
        }
        if (!validate()) { // the inline message may be out of sight: the footer says why nothing happened
            footer.say(messages.get("profiles.editor.invalid"));
            return;
        }
        saving.write(new SaveAttempt(uri, base, edited, eTag));
    }

    /** After a save refused because the server is on: power it off, save, power it on (with the user's yes). */
    public void powerOffSavePowerOn() {
        saving.powerOffSavePowerOn(title.get());
    }

    public void dismissWarnings() {
        saving.dismissWarnings();
    }

    public void addConnection() {
        form.addConnection();
    }

    public void removeConnection(ConnectionEdit connection) {
        form.connections().remove(connection);
    }

    public void moveConnection(int index, int delta) {
        ProfileForm.move(form.connections(), index, delta);
    }

    public void moveBootOrder(int index, int delta) {
        ProfileForm.move(form.bootOrder(), index, delta);
    }

    public void addBiosSetting() {
        form.biosSettings().add(BiosSettingEdit.added());
    }

    public void removeBiosSetting(BiosSettingEdit setting) {
        form.biosSettings().remove(setting);
    }

    /** Reloads the server choices for the selected hardware type and enclosure group. */
    private void loadServerChoices() {
        pickers.loadServers(form.text(ProfileField.SERVER_HARDWARE_TYPE).get(),
                form.text(ProfileField.ENCLOSURE_GROUP).get(), form.text(ProfileField.SERVER_HARDWARE).get());
    }

    /** Starts the cheap periodic "changed on the appliance?" check (GET with If-None-Match). */
    public void startWatching() {
        remoteWatch.start();
    }

    /** The editor's tab is shown or hidden: the background re-read pauses while hidden, catches up when shown. */
    public void setShown(boolean shown) {
        remoteWatch.setShown(shown);
    }

    /** One check now: 304 means unchanged; a new eTag shows the banner. */
    public void checkForRemoteChange() {
        remoteWatch.checkNow();
    }

    boolean isCheckingForRemoteChange() {
        return remoteWatch.isChecking();
    }

    /** The editor closes: the draft is written now, timers stop. Edits stay on disk until saved or discarded. */
    public void close() {
        draftSaver.flush();
        remoteWatch.stop();
        stopListening.run();
    }

    private void saved(Resource<ObjectNode> profile) {
        uri = profile.tree().path("uri").asString(uri);
        draftSaver.discard(appliance.id(), draftKey);
        draftKey = uri;
        adopt(profile.tree(), profile.eTag(), profile.tree());
    }

    public String uri() {
        return uri;
    }

    // Internals

    private void adopt(ObjectNode newBase, ETag newETag, ObjectNode shown) {
        base = newBase.deepCopy();
        eTag = newETag;
        suspendTracking = true;
        try {
            form.load(shown);
        } finally {
            suspendTracking = false;
        }
        facts.setAll(ProfileFacts.of(base, messages));
        loaded.set(true);
        pickers.loadLists();
        loadServerChoices();
        recompute(false);
    }

    private void formChanged() {
        if (!suspendTracking) {
            recompute(true);
        }
    }

    private void recompute(boolean keepDraft) {
        edited = form.edited();
        dirty.compare(base, edited);
        String name = form.text(ProfileField.NAME).get();
        title.set(name.isBlank() ? messages.get("profiles.editor.newTitle") : name);
        if (validation.isFollowing()) {
            validate();
        }
        if (keepDraft) {
            boolean settings = Arrays.stream(ProfileField.values()).anyMatch(f -> f.wantsServerOff() && dirty.of(f).get());
            saving.settingsEdited(settings ? form.text(ProfileField.SERVER_HARDWARE).get() : "");
        }
        if (keepDraft && dirty.any()) {
            draftSaver.changed(new Draft(appliance.id(), draftKey, base, ETag.valueOf(eTag), edited, Instant.now()));
        }
    }

    /** Shows the inline messages; once a save was tried they follow every edit. */
    private boolean validate() {
        return validation.show(form.text(ProfileField.NAME).get(), form.connections());
    }

    // Properties

    public StringProperty text(ProfileField field) {
        return form.text(field);
    }

    public BooleanProperty flag(ProfileField field) {
        return form.flag(field);
    }

    /** True while the field differs from the loaded profile. */
    public ReadOnlyBooleanProperty dirtyProperty(ProfileField field) {
        return dirty.of(field);
    }

    public ReadOnlyBooleanProperty anyDirtyProperty() {
        return dirty.anyProperty();
    }

    public ObservableList<ConnectionEdit> connections() {
        return form.connections();
    }

    public ObservableList<String> bootOrder() {
        return form.bootOrder();
    }

    public ObservableList<BiosSettingEdit> biosSettings() {
        return form.biosSettings();
    }

    public ObservableList<Fact> facts() {
        return facts;
    }

    /** The values a fixed-choice field offers (affinity, boot mode, …); empty for the others. */
    public List<String> choices(ProfileField field) {
        return field.choices();
    }

    /** A drop-down's choices: hardware types, enclosure groups, servers; {@code CONNECTIONS}: the networks. */
    public ObservableList<PickerChoice> pickList(ProfileField field) {
        return pickers.choices(field);
    }

    /** Empty while the list behind {@link #pickList} answers, else what its drop-down says instead. */
    public ReadOnlyStringProperty lookupNote(ProfileField field) {
        return pickers.note(field);
    }

    /** The messages of a save task that ended in Warning (empty otherwise). */
    public ObservableList<String> saveWarnings() {
        return saving.warnings();
    }

    /** True while the server is on and the edits (or the appliance) want it off: the power cycle is offered. */
    public ObservableBooleanValue powerOffNeededProperty() {
        return saving.powerOffNeededProperty().isNotNull();
    }

    public ReadOnlyStringProperty powerTextProperty() {
        return saving.powerTextProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return footer.busyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return footer.textProperty();
    }

    /** 0..1 while a save task runs, -1 otherwise. */
    public ReadOnlyDoubleProperty taskProgressProperty() {
        return footer.taskProgressProperty();
    }

    public ReadOnlyStringProperty nameErrorProperty() {
        return validation.nameErrorProperty();
    }

    public ReadOnlyStringProperty connectionsErrorProperty() {
        return validation.connectionsErrorProperty();
    }

    public ReadOnlyBooleanProperty remoteChangedProperty() {
        return remoteWatch.changedProperty();
    }

    public ReadOnlyStringProperty remoteChangeTextProperty() {
        return remoteWatch.textProperty();
    }

    /** A draft found on disk when the profile was opened, until restored or discarded. */
    public ReadOnlyObjectProperty<Draft> offeredDraftProperty() {
        return offeredDraft.getReadOnlyProperty();
    }

    /** The edited copy (a copy): what Save sends. */
    public ObjectNode editedTree() {
        return edited.deepCopy();
    }

    public ETag eTag() {
        return eTag;
    }
}
