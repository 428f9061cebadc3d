package com.ovconsole.ui.profiles.editor;

import com.ovconsole.api.ApiException;
import com.ovconsole.api.ApplianceClient;
import com.ovconsole.api.ApplianceErrorException;
import com.ovconsole.api.PreconditionFailedException;
import com.ovconsole.api.Resource;
import com.ovconsole.api.WriteResult;
import com.ovconsole.api.model.TaskResource;
import com.ovconsole.merge.ThreeWayMerge;
import com.ovconsole.ui.ConnectedAppliance;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.profiles.FieldLabels;
import com.ovconsole.ui.profiles.ProfileServices;
import com.ovconsole.ui.profiles.merge.MergePrompt;
import com.ovconsole.ui.profiles.merge.MergeViewModel;
import com.ovconsole.ui.tasks.TrackedTask;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import tools.jackson.databind.node.ObjectNode;

/**
 * Saving a profile safely: PUT the whole tree with {@code If-Match: <etag>}; on 412 GET the
 * profile: the same eTag means the 412 was not about the ETag (refused), a new one means someone
 * else saved, which comes back as a {@link SaveOutcome.Conflict} for the editor to merge
 * ({@link #merge}) and save again with the new eTag. Network work runs on the runner's
 * executor; outcomes and the merge prompt come on the UI thread. No way out drops the edits.
 */
final class SaveWorkflow {

    private static final String COLLECTION = "/rest/server-profiles";

    private final ConnectedAppliance appliance;
    private final ApplianceClient client;
    private final ProfileServices services;
    private final Messages messages;
    private final MergePrompt prompt;
    private final FieldLabels labels;

    SaveWorkflow(ConnectedAppliance appliance, ProfileServices services, MergePrompt prompt, FieldLabels labels) {
        this.appliance = Objects.requireNonNull(appliance, "appliance");
        this.client = appliance.client();
        this.services = Objects.requireNonNull(services, "services");
        this.messages = services.messages();
        this.prompt = Objects.requireNonNull(prompt, "prompt");
        this.labels = Objects.requireNonNull(labels, "labels");
    }

    /** One PUT (or POST for a new profile); {@code then} gets what it came to. */
    void save(SaveAttempt attempt, Consumer<SaveOutcome> then) {
        services.runner().run(context -> write(attempt), then, failure -> then.accept(refused(failure)));
    }

    /**
     * Shows the merge dialog for a conflict; the attempt to save next (the merged tree on theirs,
     * with their eTag), or empty when the user cancelled.
     */
    Optional<SaveAttempt> merge(SaveAttempt attempt, SaveOutcome.Conflict conflict) {
        return prompt.resolve(new MergeViewModel(conflict.merge(), labels)).map(merged ->
                new SaveAttempt(attempt.uri(), conflict.theirs().tree(), merged, conflict.theirs().eTag()));
    }

    /**
     * A save the appliance runs as a task: a row in the task panel, each update to
     * {@code progress}, and at the end the stored profile ({@code Saved}) or why not ({@code Refused}).
     */
    void follow(SaveAttempt attempt, SaveOutcome.AcceptedAsTask accepted, Consumer<TaskResource> progress,
            Consumer<SaveOutcome> then) {
        String name = attempt.mine().path("name").asString("");
        String label = messages.format(attempt.isCreate() ? "profiles.task.create" : "profiles.task.update", name);
        TrackedTask tracked = services.tasks().track(appliance, accepted.task(), accepted.initial(), label, true);
        progress.accept(accepted.initial());
        tracked.latestProperty().addListener((observable, old, latest) -> progress.accept(latest));
        tracked.finished().whenComplete((end, stopped) -> {
            if (stopped != null) {
                then.accept(new SaveOutcome.Refused(messages.get("profiles.editor.taskUnknown"), Optional.empty()));
            } else if (end.state().isSuccess()) {
                String uri = attempt.isCreate() && end.associatedResource() != null
                        ? end.associatedResource().resourceUri() : attempt.uri();
                services.runner().run(context -> new SaveOutcome.Saved(client.get(uri, ObjectNode.class)), then,
                        failure -> then.accept(refused(failure)));
            } else {
                then.accept(refused(end.taskErrors().isEmpty()
                        ? new ApiException(messages.format("profiles.editor.taskEnded", end.name(), end.taskState()))
                        : new ApplianceErrorException(0, end.taskErrors().get(0))));
            }
        });
    }

    SaveOutcome.Refused refused(Throwable failure) {
        return new SaveOutcome.Refused(messages.get("profiles.editor.notSaved"), Optional.of(failure));
    }

    /** Blocking: runs on the runner's executor. */
    private SaveOutcome write(SaveAttempt attempt) {
        try {
            WriteResult result = attempt.isCreate()
                    ? client.post(COLLECTION, attempt.mine())
                    : client.put(attempt.uri(), attempt.mine(), attempt.eTag());
            if (result instanceof WriteResult.Accepted accepted) {
                return new SaveOutcome.AcceptedAsTask(accepted.task(), accepted.initial().orElse(null));
            }
            Optional<Resource<ObjectNode>> body = ((WriteResult.Done) result).resource();
            if (body.isEmpty() && attempt.isCreate()) {
                throw new ApiException("The appliance created the profile but did not send it back; refresh the list.");
            }
            return new SaveOutcome.Saved(body.orElseGet(() -> client.get(attempt.uri(), ObjectNode.class)));
        } catch (PreconditionFailedException stale) {
            Resource<ObjectNode> theirs = current(attempt.uri(), stale);
            if (Objects.equals(attempt.eTag(), theirs.eTag())) {
                // The profile is unchanged: the 412 was about something else (e.g. the API version).
                throw stale;
            }
            return new SaveOutcome.Conflict(theirs,
                    ThreeWayMerge.forServerProfiles().merge(attempt.base(), attempt.mine(), theirs.tree()));
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
