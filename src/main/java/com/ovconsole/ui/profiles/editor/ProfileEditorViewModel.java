package com.ovconsole.ui.profiles.editor;

import com.ovconsole.api.Resource;
import com.ovconsole.api.model.TaskResource;
import com.ovconsole.store.Draft;
import com.ovconsole.ui.ConnectedAppliance;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.profiles.FieldLabels;
import com.ovconsole.ui.profiles.ProfileServices;
import com.ovconsole.ui.profiles.merge.MergePrompt;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import tools.jackson.databind.node.ObjectNode;

/**
 * One profile being edited: the tree it was loaded from (base), its ETag and the edited copy (base
 * with the form's edits over it); marks changed fields, writes drafts, saves via {@link SaveWithMergeWorkflow}.
 */
public final class ProfileEditorViewModel {

    private final ConnectedAppliance appliance;
    private final ProfileServices services;
    private final Messages messages;
    private final ProfileForm form = new ProfileForm();
    private final ProfilePickers pickers;
    private final ProfileValidation validation;
    private final SaveWithMergeWorkflow workflow;
    private final DraftSaver draftSaver;
    private final EditorSaveListener saveListener = new EditorSaveListener(this);
    private final Map<ProfileField, ReadOnlyBooleanWrapper> dirty = new EnumMap<>(ProfileField.class);
    private final RemoteChangeWatch remoteWatch;
    private final Runnable stopListening;

    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper anyDirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper taskProgress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper connectionsError = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Draft> offeredDraft = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Fact> facts = FXCollections.observableArrayList();

    private String uri;
    private String draftKey;
    private ObjectNode base;
    private String eTag;
    private ObjectNode edited;
    private boolean suspendTracking;
    private boolean validating;

    public ProfileEditorViewModel(ConnectedAppliance appliance, ProfileServices services, MergePrompt mergePrompt) {
        this.appliance = appliance;
        this.services = services;
        this.messages = services.messages();
        this.pickers = new ProfilePickers(appliance.client(), services.runner(), services.dialogs());
        this.validation = new ProfileValidation(messages);
        this.workflow = new SaveWithMergeWorkflow(appliance.client(), services.runner(), mergePrompt,
                new FieldLabels(messages));
        this.draftSaver = new DraftSaver(services.drafts(), services.scheduler(), services.draftDelay());
        for (ProfileField field : ProfileField.values()) {
            dirty.put(field, new ReadOnlyBooleanWrapper());
        }
        this.remoteWatch = new RemoteChangeWatch(appliance, services, () -> new RemoteChangeWatch.Target(uri, eTag));
        this.stopListening = form.onAnyChange(observable -> formChanged());
    }

    // Commands

    /** Loads the profile at {@code profileUri}; a draft of it on disk is offered ({@link #offeredDraftProperty()}). */
    public void open(String profileUri) {
        busy.set(true);
        status.set(messages.get("profiles.editor.loading"));
        services.runner().run(context -> new Opened(appliance.client().get(profileUri, ObjectNode.class),
                services.drafts().load(appliance.id(), profileUri).value()), opened -> {
                    uri = profileUri;
                    draftKey = profileUri;
                    adopt(opened.profile().tree(), opened.profile().eTag(), opened.profile().tree());
                    opened.draft().filter(draft -> !draft.mine().equals(base)).ifPresent(offeredDraft::set);
                    busy.set(false);
                    status.set("");
                }, failure -> {
                    busy.set(false);
                    status.set(messages.get("profiles.editor.loadFailed"));
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
            adopt((ObjectNode) draft.base(), draft.baseETag(), (ObjectNode) draft.mine());
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
        validating = true;
        if (busy.get()) {
            return;
        }
        if (!validate()) { // the inline message may be out of sight: the footer says why nothing happened
            status.set(messages.get("profiles.editor.invalid"));
            return;
        }
        busy.set(true);
        status.set(messages.get("profiles.editor.saving"));
        workflow.save(new SaveAttempt(uri, base, edited, eTag), saveListener);
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
    public void loadServerChoices() {
        pickers.loadServers(form.text(ProfileField.SERVER_HARDWARE_TYPE).get(),
                form.text(ProfileField.ENCLOSURE_GROUP).get(), form.text(ProfileField.SERVER_HARDWARE).get());
    }

    /** Starts the cheap periodic "changed on the appliance?" check (GET with If-None-Match). */
    public void startWatching() {
        remoteWatch.start();
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

    // What the save listener reports back

    void saved(Resource<ObjectNode> profile) {
        uri = profile.tree().path("uri").asString(uri);
        draftSaver.discard(appliance.id(), draftKey);
        draftKey = uri;
        adopt(profile.tree(), profile.eTag(), profile.tree());
        remoteWatch.reset();
        finish(messages.get("profiles.editor.saved"));
    }

    void rebased(SaveAttempt attempt) {
        adopt(attempt.base(), attempt.eTag(), attempt.mine());
        remoteWatch.reset();
    }

    void finish(String message) {
        busy.set(false);
        taskProgress.set(-1);
        status.set(message);
    }

    void taskUpdate(TaskResource task) {
        if (task != null) {
            taskProgress.set(task.percent() / 100.0);
            status.set(messages.format("profiles.editor.task", task.name(), task.taskState(), task.percent()));
        }
    }

    ConnectedAppliance appliance() {
        return appliance;
    }

    ProfileServices services() {
        return services;
    }

    Messages messages() {
        return messages;
    }

    public String uri() {
        return uri;
    }

    // Internals

    private void adopt(ObjectNode newBase, String newETag, ObjectNode shown) {
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
        dirty.forEach((field, flag) -> flag.set(!edited.at(field.pointer()).equals(base.at(field.pointer()))));
        anyDirty.set(!edited.equals(base));
        String name = form.text(ProfileField.NAME).get();
        title.set(name.isBlank() ? messages.get("profiles.editor.newTitle") : name);
        if (validating) {
            validate();
        }
        if (keepDraft && anyDirty.get()) {
            draftSaver.changed(new Draft(appliance.id(), draftKey, base, eTag, edited, Instant.now()));
        }
    }

    /** Shows the inline messages; once a save was tried they follow every edit. */
    private boolean validate() {
        ProfileValidation.Result result = validation.check(form.text(ProfileField.NAME).get(), form.connections());
        nameError.set(result.name());
        connectionsError.set(result.connections());
        return result.isValid();
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
        return dirty.get(field).getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty anyDirtyProperty() {
        return anyDirty.getReadOnlyProperty();
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

    public ObservableList<PickerChoice> hardwareTypeChoices() {
        return pickers.hardwareTypes();
    }

    public ObservableList<PickerChoice> enclosureGroupChoices() {
        return pickers.enclosureGroups();
    }

    public ObservableList<PickerChoice> networkChoices() {
        return pickers.networks();
    }

    public ObservableList<PickerChoice> serverChoices() {
        return pickers.servers();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** 0..1 while a save task runs, -1 otherwise. */
    public ReadOnlyDoubleProperty taskProgressProperty() {
        return taskProgress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nameErrorProperty() {
        return nameError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty connectionsErrorProperty() {
        return connectionsError.getReadOnlyProperty();
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

    public ObjectNode baseTree() {
        return base.deepCopy();
    }

    public String eTag() {
        return eTag;
    }
}
