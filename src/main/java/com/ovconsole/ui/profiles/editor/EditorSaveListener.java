package com.ovconsole.ui.profiles.editor;

import com.ovconsole.api.ApiException;
import com.ovconsole.api.ApplianceErrorException;
import com.ovconsole.api.Resource;
import com.ovconsole.api.TaskRef;
import com.ovconsole.api.model.TaskResource;
import com.ovconsole.ui.tasks.TrackedTask;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns the save workflow's outcomes into editor state. A 202 goes to the task tracker (the task
 * panel row); the editor follows the task and, when it succeeds, reloads the stored profile.
 * Every failure keeps the edits and says so.
 */
final class EditorSaveListener implements SaveWithMergeWorkflow.Listener {

    private final ProfileEditorViewModel editor;

    EditorSaveListener(ProfileEditorViewModel editor) {
        this.editor = editor;
    }

    @Override
    public void saved(Resource<ObjectNode> profile) {
        editor.saved(profile);
    }

    @Override
    public void accepted(SaveAttempt attempt, TaskRef task, TaskResource initial) {
        String name = attempt.mine().path("name").asString("");
        String label = attempt.isCreate()
                ? editor.messages().format("profiles.task.create", name)
                : editor.messages().format("profiles.task.update", name);
        TrackedTask tracked = editor.services().tasks().track(editor.appliance(), task, initial, label, true);
        editor.taskUpdate(initial);
        tracked.latestProperty().addListener((observable, old, latest) -> editor.taskUpdate(latest));
        tracked.finished().whenComplete((end, stopped) -> {
            if (stopped != null) {
                editor.finish(editor.messages().get("profiles.editor.taskUnknown"));
            } else if (end.state().isSuccess()) {
                reload(attempt, end);
            } else {
                editor.finish(editor.messages().get("profiles.editor.notSaved"));
                showTaskErrors(end);
            }
        });
    }

    private void reload(SaveAttempt attempt, TaskResource end) {
        String uri = attempt.isCreate() && end.associatedResource() != null
                ? end.associatedResource().resourceUri() : attempt.uri();
        editor.services().runner().run(context -> editor.appliance().client().get(uri, ObjectNode.class),
                editor::saved, this::failed);
    }

    private void showTaskErrors(TaskResource end) {
        if (end.taskErrors().isEmpty()) {
            editor.services().dialogs().showError(new ApiException(
                    editor.messages().format("profiles.editor.taskEnded", end.name(), end.taskState())));
        } else {
            editor.services().dialogs().showError(new ApplianceErrorException(0, end.taskErrors().get(0)));
        }
    }

    @Override
    public void rebased(SaveAttempt attempt) {
        editor.rebased(attempt);
    }

    @Override
    public void mergeCancelled() {
        editor.finish(editor.messages().get("profiles.editor.mergeCancelled"));
    }

    @Override
    public void failed(Throwable failure) {
        editor.finish(editor.messages().get("profiles.editor.notSaved"));
        editor.services().dialogs().showError(failure);
    }
}
