package com.ovconsole.ui.profiles.editor;

import com.ovconsole.api.Resource;
import com.ovconsole.api.TaskRef;
import com.ovconsole.api.model.TaskResource;
import com.ovconsole.merge.MergeResult;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/** What one save came to; {@link ProfileEditorViewModel} switches on it (on the UI thread). */
sealed interface SaveOutcome {

    /** 200/201, or a save task that succeeded: the profile as the appliance stored it, with its new ETag. */
    record Saved(Resource<ObjectNode> profile) implements SaveOutcome {
    }

    /**
     * A save task that ended in Warning: the profile is stored, but the appliance has something to
     * say; {@code messages} are the task's errors and progress updates as the task panel lists them.
     */
    record SavedWithWarnings(Resource<ObjectNode> profile, List<String> messages) implements SaveOutcome {
    }

    /**
     * 409 SERVER_HARDWARE_POWERED_ON: these changes need the profile's server off. Nothing was
     * changed; the editor offers to power it off, save and power it back on.
     */
    record NeedsPowerOff(String serverUri, String serverName) implements SaveOutcome {
    }

    /** 202: the appliance works on it in a task ({@code initial} may be null). */
    record AcceptedAsTask(TaskRef task, TaskResource initial) implements SaveOutcome {
    }

    /** 412 and the profile has a new ETag: someone else saved first. Theirs, and the three-way merge. */
    record Conflict(Resource<ObjectNode> theirs, MergeResult merge) implements SaveOutcome {
    }

    /**
     * Not saved: a 400 or 5xx, a 412 that was no conflict, a dropped connection, a failed task.
     * The edits stay; {@code status} says so and {@code failure}, when present, is shown whole.
     */
    record Refused(String status, Optional<Throwable> failure) implements SaveOutcome {
    }
}
