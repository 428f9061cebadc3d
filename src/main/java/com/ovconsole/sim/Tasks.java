package com.ovconsole.sim;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import tools.jackson.databind.node.ObjectNode;

/**
 * The appliance's tasks. Which tasks end in Warning or Error is decided by the seed, so a demo
 * repeats. Guarded by the {@link ApplianceState} lock.
 */
final class Tasks {

    static final String BASE_URI = "/rest/tasks";

    private final SimulatorConfig config;
    private final Clock clock;
    private final Random ids;
    private final Map<String, SimTask> byId = new LinkedHashMap<>();
    private long sequence;

    Tasks(SimulatorConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.ids = new Random(config.seed() ^ 0x5DEECE66DL);
    }

    /** A profile task; its outcome (Completed/Warning/Error) follows the configured rates and the seed. */
    SimTask startProfileTask(TaskWording wording, String owner, SimTask.Target target, SimTask.Effect effect) {
        double roll = new SplittableRandom(config.seed() * 0x9E3779B97F4A7C15L + sequence).nextDouble();
        SimTask.Outcome outcome = roll < config.taskErrorRate() ? SimTask.Outcome.ERROR
                : roll < config.taskErrorRate() + config.taskWarningRate() ? SimTask.Outcome.WARNING
                : SimTask.Outcome.COMPLETED;
        SimTask task = start(wording, owner, target, outcome, false, effect);
        if (wording == TaskWording.UPDATE_PROFILE) {
            startChildren(task, TaskWording.UPDATE_CHILDREN, outcome);
        }
        return task;
    }

    /**
     * Child tasks, each its own {@code /rest/tasks/{id}} with {@code parentTaskUri}: they start with the
     * parent and end one after another, the last with it (and with its Warning or Error). Their ids come
     * from their own seeded generator, so the parent tasks' ids and outcomes stay as without children.
     */
    private void startChildren(SimTask parent, List<TaskWording> children, SimTask.Outcome parentOutcome) {
        Random childIds = new Random(config.seed() * 31 + sequence);
        long parentMillis = Duration.ofSeconds(config.taskSeconds()).toMillis();
        for (int i = 0; i < children.size(); i++) {
            boolean last = i == children.size() - 1;
            SimTask.Outcome outcome = last ? parentOutcome : SimTask.Outcome.COMPLETED;
            String id = InventoryGenerator.uuid(childIds).toUpperCase(Locale.ROOT);
            TaskWording wording = children.get(i);
            SimTask child = new SimTask(BASE_URI + "/" + id, wording.verb(), parent.owner(), parent.target(),
                    parent.created(), Duration.ofMillis(parentMillis * (i + 1) / children.size()), outcome, false,
                    wording, (task, ended) -> { });
            child.childOf(parent);
            byId.put(id, child);
        }
    }

    /** A task that always completes and cannot be cancelled (power changes). */
    SimTask startPlainTask(TaskWording wording, String owner, SimTask.Target target, SimTask.Effect effect) {
        return start(wording, owner, target, SimTask.Outcome.COMPLETED, false, effect);
    }

    /** A backup task: always completes, may be cancelled. */
    SimTask startBackupTask(String owner, SimTask.Target target, SimTask.Effect effect) {
        return start(TaskWording.BACKUP, owner, target, SimTask.Outcome.COMPLETED, true, effect);
    }

    private SimTask start(TaskWording wording, String owner, SimTask.Target target, SimTask.Outcome outcome,
            boolean cancellable, SimTask.Effect effect) {
        sequence++;
        String id = InventoryGenerator.uuid(ids).toUpperCase(Locale.ROOT);
        SimTask task = new SimTask(BASE_URI + "/" + id, wording.verb(), owner, target, clock.instant(),
                Duration.ofSeconds(config.taskSeconds()), outcome, cancellable, wording, effect);
        byId.put(id, task);
        task.settle(clock.instant());
        return task;
    }

    SimTask get(String id) {
        SimTask task = byId.get(id);
        if (task == null) {
            task = byId.get(id.toUpperCase(Locale.ROOT));
        }
        return task;
    }

    /** Applies the effects of every task that has ended by now, in the order they ended. */
    void settle() {
        Instant now = clock.instant();
        byId.values().stream().filter(t -> t.isTerminal(now)).sorted(Comparator.comparing(SimTask::endsAt))
                .forEach(t -> t.settle(now));
    }

    /** The 202 answer to a request that started a task: its URL in Location, the task as the body. */
    Reply accepted(SimExchange exchange, SimTask task) {
        return Reply.json(202, view(task)).header("Location", exchange.absolute(task.uri()));
    }

    ObjectNode view(SimTask task) {
        return task.view(clock.instant());
    }

    /** Every task; child tasks only when asked for ({@code withChildren}), as they crowd the recent tasks. */
    List<ObjectNode> views(boolean withChildren) {
        Instant now = clock.instant();
        List<ObjectNode> views = new ArrayList<>(byId.size());
        byId.values().stream().filter(t -> withChildren || !t.isChild()).forEach(t -> views.add(t.view(now)));
        return views;
    }
}
