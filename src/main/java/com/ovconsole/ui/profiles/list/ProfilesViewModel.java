package com.ovconsole.ui.profiles.list;

import com.ovconsole.store.Draft;
import com.ovconsole.ui.ConnectedAppliance;
import com.ovconsole.ui.profiles.ProfileServices;
import com.ovconsole.ui.profiles.conflict.MergePrompt;
import com.ovconsole.ui.profiles.editor.ProfileEditorViewModel;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Server Profiles view of one appliance: the list, and one editor per opened profile (each
 * shown as a tab). Drafts left on disk by a crash or a closed editor are reopened at start.
 */
public final class ProfilesViewModel {

    private final ConnectedAppliance appliance;
    private final ProfileServices services;
    private final MergePrompt mergePrompt;
    private final ProfileListViewModel list;
    private final ObservableList<ProfileEditorViewModel> editors = FXCollections.observableArrayList();
    private final ObjectProperty<ProfileEditorViewModel> shownEditor = new SimpleObjectProperty<>();

    public ProfilesViewModel(ConnectedAppliance appliance, ProfileServices services, MergePrompt mergePrompt) {
        this.appliance = Objects.requireNonNull(appliance, "appliance");
        this.services = Objects.requireNonNull(services, "services");
        this.mergePrompt = Objects.requireNonNull(mergePrompt, "mergePrompt");
        this.list = new ProfileListViewModel(appliance, services);
    }

    // Commands

    /** Loads the first page and reopens this appliance's drafts. */
    public void start() {
        list.refresh();
        services.runner().run(context -> services.allDrafts().stream()
                .filter(draft -> draft.applianceId().equals(appliance.id())).toList(),
                this::reopen, failure -> { });
    }

    private void reopen(List<Draft> drafts) {
        for (Draft draft : drafts) {
            if (draft.resourceUri().startsWith("new:")) {
                ProfileEditorViewModel editor = newEditor();
                editor.openNewFromDraft(draft);
            } else {
                openUri(draft.resourceUri());
            }
        }
    }

    /** Shows the profile's editor, opening it when it is not open yet. */
    public void open(ProfileRow row) {
        openUri(row.uri());
    }

    /**
     * Opens the profile at {@code uri} ({@code /rest/server-profiles/{id}}) in its editor, as a
     * double-click on its row does, whether or not its row is loaded; false for any other URI.
     */
    public boolean open(String uri) {
        if (!isProfileUri(uri)) {
            return false;
        }
        openUri(uri);
        return true;
    }

    /** One profile's path: the collection, one id, nothing after it. */
    static boolean isProfileUri(String uri) {
        String prefix = ProfileListViewModel.COLLECTION + "/";
        return uri != null && uri.startsWith(prefix) && uri.length() > prefix.length()
                && uri.indexOf('/', prefix.length()) < 0 && uri.indexOf('?') < 0;
    }

    private void openUri(String uri) {
        Optional<ProfileEditorViewModel> open = editors.stream().filter(e -> uri.equals(e.uri())).findFirst();
        if (open.isPresent()) {
            shownEditor.set(open.get());
            return;
        }
        ProfileEditorViewModel editor = newEditor();
        editor.open(uri);
        editor.startWatching();
    }

    public void createNew() {
        newEditor().openNew(ProfileTemplates.empty());
    }

    /** A new profile filled from {@code row}'s profile, unassigned and named "Copy of …". */
    public void copy(ProfileRow row) {
        services.runner().run(context -> appliance.client().get(row.uri(), ObjectNode.class).tree(),
                source -> newEditor().openNew(ProfileTemplates.copyOf(source,
                        services.messages().format("profiles.copyName", row.name()))),
                services.dialogs()::showError);
    }

    public void delete(ProfileRow row) {
        list.delete(row);
    }

    /** Closes an editor; unsaved edits stay in its draft and come back next time. */
    public void closeEditor(ProfileEditorViewModel editor) {
        editor.close();
        editors.remove(editor);
        if (editor.uri() != null) {
            list.refreshRow(editor.uri());
        }
    }

    public void close() {
        List.copyOf(editors).forEach(this::closeEditor);
        list.close();
    }

    private ProfileEditorViewModel newEditor() {
        ProfileEditorViewModel editor = new ProfileEditorViewModel(appliance, services, mergePrompt);
        editors.add(editor);
        shownEditor.set(editor);
        return editor;
    }

    // The list tab, as the view binds it (views talk to their own ViewModel only)

    public ObservableList<ProfileRow> rows() {
        return list.rows();
    }

    public StringProperty filterTextProperty() {
        return list.filterTextProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return list.summaryProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return list.loadingProperty();
    }

    /** Why the last read failed, empty when it did not: the placeholder must not say "no profiles match". */
    public ReadOnlyStringProperty failureProperty() {
        return list.failureProperty();
    }

    /** Row {@code index} is on screen: the next page loads as the user nears the end. */
    public void rowShown(int index) {
        list.rowShown(index);
    }

    /** Sorts on the appliance by {@code field}. */
    public void sortBy(String field, boolean ascending) {
        list.sortBy(field, ascending);
    }

    /** Reloads the list from its first page. */
    public void refresh() {
        list.refresh();
    }

    // Properties

    public ProfileListViewModel list() {
        return list;
    }

    public ObservableList<ProfileEditorViewModel> editors() {
        return editors;
    }

    /** The editor the view should bring to front (set when one is opened). */
    public ObjectProperty<ProfileEditorViewModel> shownEditorProperty() {
        return shownEditor;
    }

    public ConnectedAppliance appliance() {
        return appliance;
    }
}
