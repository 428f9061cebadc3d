package com.ovconsole.merge;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * The outcome of a three-way merge: every changed field (conflicts first) and the merged tree,
 * with conflicts provisionally resolved to mine until {@link #resolve} says otherwise.
 */
public final class MergeResult {

    private final JsonNode base;
    private final JsonNode mine;
    private final JsonNode theirs;
    private final MergePolicy policy;
    private final JsonNode merged;
    private final List<FieldChange> changes;
    private final List<FieldChange> conflicts;

    MergeResult(JsonNode base, JsonNode mine, JsonNode theirs, MergePolicy policy) {
        this.base = base;
        this.mine = mine;
        this.theirs = theirs;
        this.policy = policy;
        TreeMerger merger = new TreeMerger(policy, Map.of());
        this.merged = merger.merge(base, mine, theirs, FieldPath.root());
        // Stable sort: conflicts first, document order within each group.
        this.changes = merger.changes().stream()
                .sorted(Comparator.comparing(change -> !change.isConflict()))
                .toList();
        this.conflicts = changes.stream().filter(FieldChange::isConflict).toList();
    }

    /** A copy of the merged tree with every conflict resolved to mine. */
    public JsonNode merged() {
        return merged.deepCopy();
    }

    /** Every field that differs on any side, conflicts first. Unchanged fields are not listed. */
    public List<FieldChange> changes() {
        return changes;
    }

    public List<FieldChange> conflicts() {
        return conflicts;
    }

    public boolean hasConflicts() {
        return !conflicts.isEmpty();
    }

    /**
     * The final tree with each conflict resolved as chosen; conflicts not in {@code choices}
     * stay mine. A path that is not a conflict is a caller bug and is refused.
     */
    public JsonNode resolve(Map<FieldPath, Choice> choices) {
        Set<FieldPath> conflictPaths = conflicts.stream().map(FieldChange::path).collect(Collectors.toSet());
        for (FieldPath path : choices.keySet()) {
            if (!conflictPaths.contains(path)) {
                throw new IllegalArgumentException("Not a conflict of this merge: " + path);
            }
        }
        return new TreeMerger(policy, Map.copyOf(choices)).merge(base, mine, theirs, FieldPath.root());
    }

    /** The final tree with every conflict resolved to the same side. */
    public JsonNode resolveAll(Choice choice) {
        Map<FieldPath, Choice> all = new HashMap<>();
        conflicts.forEach(conflict -> all.put(conflict.path(), choice));
        return new TreeMerger(policy, all).merge(base, mine, theirs, FieldPath.root());
    }
}
