package com.ovconsole.merge;

import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * Merges what the editor loaded (base), the user's edited copy (mine) and what the appliance
 * holds now (theirs), field by field. Used when a save answers 412 Precondition Failed.
 */
public final class ThreeWayMerge {

    private final MergePolicy policy;

    public ThreeWayMerge(MergePolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public static ThreeWayMerge forServerProfiles() {
        return new ThreeWayMerge(MergePolicy.serverProfileDefaults());
    }

    /** Never changes the given trees; the result keeps its own copies of them. */
    public MergeResult merge(JsonNode base, JsonNode mine, JsonNode theirs) {
        return new MergeResult(snapshot(base), snapshot(mine), snapshot(theirs), policy);
    }

    private static JsonNode snapshot(JsonNode node) {
        return node == null || node.isMissingNode() ? FieldChange.MISSING : node.deepCopy();
    }
}
