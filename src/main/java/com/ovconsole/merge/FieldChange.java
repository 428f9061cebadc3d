package com.ovconsole.merge;

import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * One row of the merge dialog. A side where the field does not exist holds {@link #MISSING}
 * (a {@link MissingNode}), which is different from a JSON {@code null}.
 */
public record FieldChange(FieldPath path, JsonNode base, JsonNode mine, JsonNode theirs, ChangeKind kind) {

    /** The marker for "this field does not exist on that side". */
    public static final JsonNode MISSING = MissingNode.getInstance();

    public FieldChange {
        Objects.requireNonNull(path, "path");
        base = orMissing(base);
        mine = orMissing(mine);
        theirs = orMissing(theirs);
        Objects.requireNonNull(kind, "kind");
    }

    public boolean isConflict() {
        return kind == ChangeKind.CONFLICT;
    }

    private static JsonNode orMissing(JsonNode node) {
        return node == null ? MISSING : node;
    }
}
