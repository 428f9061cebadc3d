package com.ovconsole.ui.profiles.editor;

/**
 * The controller of one section of the editor's form ({@code fx:include}d by
 * {@code ProfileEditorView.fxml}). The one controller factory makes it, so it cannot be given the
 * ViewModel of the editor it is part of (several editors are open at once): the editor's view
 * hands its ViewModel on once the FXML is loaded.
 */
interface EditorSection {

    /** Binds the section's controls to {@code editor}; called once, after loading. */
    void bind(ProfileEditorViewModel editor);
}
