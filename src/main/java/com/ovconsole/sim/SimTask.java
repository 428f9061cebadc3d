package com.ovconsole.sim;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One TaskResourceV2. Nothing runs in the background: its state is computed from the time since
 * it was created on every read (New -> Starting -> Running -> terminal over its duration).
 */
final class SimTask {

    /** How a task ends. */
    enum Outcome {
        COMPLETED("Completed"), WARNING("Warning"), ERROR("Error"), TERMINATED("Terminated");

        final String state;

        Outcome(String state) {
            this.state = state;
        }
    }

    /** What happens to resources when the task ends (run once, under the state lock). */
    interface Effect {
        void finish(SimTask task, Outcome outcome);
    }

    /** The resource a task works on and the words it uses. */
    record Target(String resourceName, String resourceUri, String resourceCategory) {
    }

    private static final double NEW_UNTIL = 0.05;
    private static final double STARTING_UNTIL = 0.15;

    private final String uri;
    private final String name;
    private final String owner;
    private final Target target;
    private final Instant created;
    private final Duration duration;
    private final Outcome plannedOutcome;
    private final boolean cancellable;
    private final List<String> steps;
    private final TaskWording wording;
    private final Effect effect;
    private Instant terminatedAt;
    private boolean effectApplied;
    private String parentUri;

    SimTask(String uri, String name, String owner, Target target, Instant created, Duration duration,
            Outcome plannedOutcome, boolean cancellable, TaskWording wording, Effect effect) {
        this.uri = uri;
        this.name = name;
        this.owner = owner;
        this.target = target;
        this.created = created;
        this.duration = duration;
        this.plannedOutcome = plannedOutcome;
        this.cancellable = cancellable;
        this.wording = wording;
        this.steps = wording.steps();
        this.effect = effect;
    }

    String uri() {
        return uri;
    }

    /** Makes this a child task of {@code parent} (OneView's {@code parentTaskUri}). */
    void childOf(SimTask parent) {
        this.parentUri = parent.uri();
    }

    String owner() {
        return owner;
    }

    Target target() {
        return target;
    }

    boolean isChild() {
        return parentUri != null;
    }

    Instant created() {
        return created;
    }

    boolean cancellable() {
        return cancellable;
    }

    /** When the task reaches its terminal state. */
    Instant endsAt() {
        return terminatedAt != null ? terminatedAt : created.plus(duration);
    }

    boolean isTerminal(Instant now) {
        return !now.isBefore(endsAt());
    }

    Outcome outcome() {
        return terminatedAt != null ? Outcome.TERMINATED : plannedOutcome;
    }

    /** Ends a running task as Terminated; false when it has already ended. */
    boolean terminate(Instant now) {
        if (isTerminal(now)) {
            return false;
        }
        terminatedAt = now;
        return true;
    }

    /** Runs the end-of-task effect once, when the task has ended by {@code now}. */
    void settle(Instant now) {
        if (!effectApplied && isTerminal(now)) {
            effectApplied = true;
            effect.finish(this, outcome());
        }
    }

    ObjectNode view(Instant now) {
        long totalMillis = Math.max(1, duration.toMillis());
        long elapsed = Math.max(0, Duration.between(created, now).toMillis());
        boolean terminal = isTerminal(now);
        double fraction = terminal ? 1.0 : Math.min(1.0, (double) elapsed / totalMillis);
        String state = terminal ? outcome().state
                : fraction < NEW_UNTIL ? "New" : fraction < STARTING_UNTIL ? "Starting" : "Running";
        int percent = terminal ? 100 : state.equals("Running") ? Math.min(99, (int) (fraction * 100)) : 0;
        Instant modified = terminal ? endsAt() : created.plusMillis(elapsed);

        ObjectNode task = Json.object();
        task.put("type", "TaskResourceV2");
        task.putNull("data");
        task.put("category", "tasks");
        task.put("taskType", "User");
        task.put("stateReason", terminal ? outcome().state : state);
        ObjectNode resource = task.putObject("associatedResource");
        resource.put("resourceUri", target.resourceUri());
        resource.put("associationType", "MANAGED_BY");
        resource.put("resourceName", target.resourceName());
        resource.put("resourceCategory", target.resourceCategory());
        task.put("hidden", false);
        task.put("percentComplete", percent);
        task.putNull("associatedTaskUri");
        int updates = progressUpdates(task.putArray("progressUpdates"), fraction, modified, terminal);
        task.put("completedSteps", updates);
        task.put("computedPercentComplete", percent);
        task.put("expectedDuration", duration.toSeconds());
        task.put("parentTaskUri", parentUri);
        ArrayNode errors = task.putArray("taskErrors");
        if (terminal && outcome() == Outcome.ERROR) {
            errors.add(wording.error(target));
        }
        task.putArray("taskOutput");
        task.put("taskState", state);
        task.put("taskStatus", terminal ? wording.finalStatus(outcome(), target) : wording.runningStatus(target));
        task.put("totalSteps", steps.size());
        task.put("userInitiated", true);
        task.put("isCancellable", cancellable && !terminal);
        task.put("name", name);
        task.put("owner", owner);
        task.put("created", created.toString());
        task.put("eTag", String.valueOf(1 + stateRank(state) + updates + percent));
        task.put("modified", modified.toString());
        task.put("uri", uri);
        return task;
    }

    private int progressUpdates(ArrayNode updates, double fraction, Instant modified, boolean terminal) {
        int shown = 0;
        for (int i = 0; i < steps.size(); i++) {
            double at = STARTING_UNTIL + (1 - STARTING_UNTIL) * i / steps.size();
            if (fraction < at || (terminatedAt != null && created.plusMillis((long) (at * duration.toMillis()))
                    .isAfter(terminatedAt))) {
                break;
            }
            updates.addObject().put("id", i + 1)
                    .put("timestamp", created.plusMillis((long) (at * duration.toMillis())).toString())
                    .put("statusUpdate", steps.get(i));
            shown++;
        }
        if (terminal) {
            String last = wording.finalUpdate(outcome());
            if (last != null) {
                updates.addObject().put("id", steps.size() + 1).put("timestamp", modified.toString())
                        .put("statusUpdate", last);
                shown++;
            }
        }
        return shown;
    }

    private static int stateRank(String state) {
        return switch (state) {
            case "New" -> 0;
            case "Starting" -> 1;
            case "Running" -> 2;
            default -> 3;
        };
    }
}
