package com.ovconsole.ui.profiles.editor;

import com.ovconsole.api.ApiException;
import com.ovconsole.api.ApplianceClient;
import com.ovconsole.api.ApplianceErrorException;
import com.ovconsole.api.PreconditionFailedException;
import com.ovconsole.api.Resource;
import com.ovconsole.api.WriteResult;
import com.ovconsole.api.model.ErrorMessage;
import com.ovconsole.api.model.ProgressUpdate;
import com.ovconsole.api.model.TaskResource;
import com.ovconsole.api.model.TaskState;
import com.ovconsole.merge.ThreeWayMerge;
import com.ovconsole.ui.ConnectedAppliance;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.profiles.FieldLabels;
import com.ovconsole.ui.profiles.ProfileServices;
import com.ovconsole.ui.profiles.conflict.MergePrompt;
import com.ovconsole.ui.profiles.conflict.MergeViewModel;
import com.ovconsole.ui.tasks.TaskTimes;
import com.ovconsole.ui.tasks.TrackedTask;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
    /** The appliance's answer when BIOS, boot or firmware changes need the server off. */
    static final String POWERED_ON = "SERVER_HARDWARE_POWERED_ON";
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

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
                boolean warned = end.state() == TaskState.WARNING;
                services.runner().run(context -> {
                    Resource<ObjectNode> stored = client.get(uri, ObjectNode.class);
                    return warned ? new SaveOutcome.SavedWithWarnings(stored, taskMessages(end))
                            : new SaveOutcome.Saved(stored);
                }, then, failure -> then.accept(refused(failure)));
            } else {
                then.accept(refused(end.taskErrors().isEmpty()
                        ? new ApiException(messages.format("profiles.editor.taskEnded", end.name(), end.taskState()))
                        : new ApplianceErrorException(0, end.taskErrors().get(0))));
            }
        });
    }

    /**
     * A task's errors (message, details, what to do) and its progress updates as the task panel
     * lists them (time, text), newest first.
     */
    static List<String> taskMessages(TaskResource task) {
        List<String> lines = new ArrayList<>();
        for (ErrorMessage error : task.taskErrors()) {
            StringBuilder line = new StringBuilder(Objects.toString(error.message(), ""));
            if (error.details() != null && !error.details().isBlank()) {
                line.append(' ').append(error.details());
            }
            error.recommendedActions().forEach(action -> line.append(' ').append(action));
            lines.add(line.toString().strip());
        }
        // Newest first: the last update is the one that says what the warning is.
        for (int i = task.progressUpdates().size() - 1; i >= 0; i--) {
            ProgressUpdate update = task.progressUpdates().get(i);
            String when = TaskTimes.parse(update.timestamp())
                    .map(instant -> CLOCK.format(instant.atZone(ZoneId.systemDefault()))).orElse("");
            lines.add((when + "   " + Objects.toString(update.statusUpdate(), "")).strip());
        }
        if (lines.isEmpty() && task.taskStatus() != null) {
            lines.add(task.taskStatus());
        }
        return List.copyOf(lines);
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
        } catch (ApplianceErrorException refused) {
            if (refused.status() == 409 && POWERED_ON.equals(refused.errorCode())) {
                return needsPowerOff(attempt, refused);
            }
            if (!(refused instanceof PreconditionFailedException stale)) {
                throw refused;
            }
            Resource<ObjectNode> theirs = current(attempt.uri(), stale);
            if (Objects.equals(attempt.eTag(), theirs.eTag())) {
                // The profile is unchanged: the 412 was about something else (e.g. the API version).
                throw stale;
            }
            return new SaveOutcome.Conflict(theirs,
                    ThreeWayMerge.forServerProfiles().merge(attempt.base(), attempt.mine(), theirs.tree()));
        }
    }

    /** The server the 409 names (else the profile's), by name when it can be read. */
    private SaveOutcome.NeedsPowerOff needsPowerOff(SaveAttempt attempt, ApplianceErrorException refused) {
        String source = refused.error().errorSource();
        String server = source != null && source.startsWith("/rest/server-hardware/") ? source
                : attempt.mine().path("serverHardwareUri").asString("");
        if (server.isEmpty()) {
            throw refused;
        }
        String name;
        try {
            name = client.get(server, ObjectNode.class).tree().path("name").asString(server);
        } catch (RuntimeException unreadable) {
            name = server;
        }
        return new SaveOutcome.NeedsPowerOff(server, name);
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
