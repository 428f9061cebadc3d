package com.ovconsole.ui.profiles.editor;

import com.ovconsole.api.ApiException;
import com.ovconsole.api.ApplianceClient;
import com.ovconsole.api.Etags;
import com.ovconsole.api.PreconditionFailedException;
import com.ovconsole.api.Resource;
import com.ovconsole.api.TaskRef;
import com.ovconsole.api.WriteResult;
import com.ovconsole.api.model.TaskResource;
import com.ovconsole.merge.MergeResult;
import com.ovconsole.merge.ThreeWayMerge;
import com.ovconsole.ui.BackgroundRunner;
import com.ovconsole.ui.profiles.FieldLabels;
import com.ovconsole.ui.profiles.merge.MergePrompt;
import com.ovconsole.ui.profiles.merge.MergeViewModel;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * Saving a profile safely: PUT the whole tree with {@code If-Match: <etag>}; on 412 GET the
 * profile: the same eTag means the 412 was not about the ETag (shown as an error), a new one
 * means someone else saved, so the three-way merge is offered and the merged profile is PUT
 * with the new eTag, which may 412 again and loops back to the merge. Network work runs on the
 * runner's executor, the listener and the prompt are called on the UI thread. Nothing here ever
 * drops the user's edits: every way out reports to the listener, which keeps them.
 */
final class SaveWithMergeWorkflow {

    private static final String COLLECTION = "/rest/server-profiles";

    /** Where a save ends up; called on the UI thread. */
    interface Listener {

        /** 200/201: the profile as the appliance stored it, with its new ETag. */
        void saved(Resource<ObjectNode> profile);

        /** 202: the appliance works on it in a task. */
        void accepted(SaveAttempt attempt, TaskRef task, TaskResource initial);

        /** The user merged: from now on the edits are {@code attempt.mine()} on {@code attempt.base()}. */
        void rebased(SaveAttempt attempt);

        /** The user cancelled the merge dialog: the edits stay as they were. */
        void mergeCancelled();

        /** Anything else (400, 5xx, a 412 that was no conflict, a dropped connection…). */
        void failed(Throwable failure);
    }

    /** What one PUT/POST came to. */
    private sealed interface Outcome {
        record Saved(Resource<ObjectNode> profile) implements Outcome { }
        record Accepted(TaskRef task, TaskResource initial) implements Outcome { }
        record Conflict(Resource<ObjectNode> theirs, MergeResult merge) implements Outcome { }
    }

    private final ApplianceClient client;
    private final BackgroundRunner runner;
    private final MergePrompt prompt;
    private final FieldLabels labels;

    SaveWithMergeWorkflow(ApplianceClient client, BackgroundRunner runner, MergePrompt prompt, FieldLabels labels) {
        this.client = Objects.requireNonNull(client, "client");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.prompt = Objects.requireNonNull(prompt, "prompt");
        this.labels = Objects.requireNonNull(labels, "labels");
    }

    void save(SaveAttempt attempt, Listener listener) {
        runner.run(context -> write(attempt), outcome -> handle(attempt, outcome, listener), listener::failed);
    }

    private void handle(SaveAttempt attempt, Outcome outcome, Listener listener) {
        if (outcome instanceof Outcome.Saved saved) {
            listener.saved(saved.profile());
        } else if (outcome instanceof Outcome.Accepted accepted) {
            listener.accepted(attempt, accepted.task(), accepted.initial());
        } else if (outcome instanceof Outcome.Conflict conflict) {
            Optional<ObjectNode> merged;
            try {
                merged = prompt.resolve(new MergeViewModel(conflict.merge(), labels));
            } catch (RuntimeException broken) {
                listener.failed(broken);
                return;
            }
            if (merged.isEmpty()) {
                listener.mergeCancelled();
                return;
            }
            SaveAttempt next = new SaveAttempt(attempt.uri(), conflict.theirs().tree(), merged.get(),
                    conflict.theirs().eTag());
            listener.rebased(next);
            save(next, listener);
        }
    }

    /** Blocking: runs on the runner's executor. */
    private Outcome write(SaveAttempt attempt) {
        try {
            WriteResult result = attempt.isCreate()
                    ? client.post(COLLECTION, attempt.mine())
                    : client.put(attempt.uri(), attempt.mine(), attempt.eTag());
            if (result instanceof WriteResult.Accepted accepted) {
                return new Outcome.Accepted(accepted.task(), accepted.initial().orElse(null));
            }
            Optional<Resource<ObjectNode>> body = ((WriteResult.Done) result).resource();
            if (body.isEmpty() && attempt.isCreate()) {
                throw new ApiException("The appliance created the profile but did not send it back; refresh the list.");
            }
            return new Outcome.Saved(body.orElseGet(() -> client.get(attempt.uri(), ObjectNode.class)));
        } catch (PreconditionFailedException stale) {
            Resource<ObjectNode> theirs = current(attempt.uri(), stale);
            if (Etags.strip(attempt.eTag()).equals(Etags.strip(theirs.eTag()))) {
                // The profile is unchanged: the 412 was about something else (e.g. the API version).
                throw stale;
            }
            MergeResult merge = ThreeWayMerge.forServerProfiles().merge(attempt.base(), attempt.mine(), theirs.tree());
            return new Outcome.Conflict(theirs, merge);
        }
    }

    /** The profile as stored now; when even that fails (e.g. a refused API version) the 412 itself is reported. */
    private Resource<ObjectNode> current(String uri, PreconditionFailedException stale) {
        try {
            return client.get(uri, ObjectNode.class);
        } catch (RuntimeException unreadable) {
            stale.addSuppressed(unreadable);
            throw stale;
        }
    }
}
