package com.ovconsole.merge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One pass over base, mine and theirs. Objects and key-matched arrays are walked field by field;
 * everything else (scalars, plain arrays, a type change) is compared as one value. Each node is
 * visited once and keyed elements are found through a hash index, so the cost grows with the
 * tree size, not its square. Builds a fresh tree: the inputs are only read.
 */
final class TreeMerger {

    private static final JsonNode MISSING = FieldChange.MISSING;

    private final MergePolicy policy;
    private final Map<FieldPath, Choice> choices;
    private final List<FieldChange> changes = new ArrayList<>();

    TreeMerger(MergePolicy policy, Map<FieldPath, Choice> choices) {
        this.policy = policy;
        this.choices = choices;
    }

    /** The changes seen so far, in document order. */
    List<FieldChange> changes() {
        return changes;
    }

    JsonNode merge(JsonNode base, JsonNode mine, JsonNode theirs, FieldPath path) {
        // A side added by both (base missing) is merged against nothing, field by field.
        if (mine.isObject() && theirs.isObject() && (base.isObject() || base.isMissingNode())) {
            return mergeObjects(base, mine, theirs, path);
        }
        if (mine.isArray() && theirs.isArray() && (base.isArray() || base.isMissingNode())) {
            Optional<JsonNode> keyed = mergeKeyedArrays(base, mine, theirs, path);
            if (keyed.isPresent()) {
                return keyed.get();
            }
        }
        return mergeWholeValue(base, mine, theirs, path);
    }

    private JsonNode mergeObjects(JsonNode base, JsonNode mine, JsonNode theirs, FieldPath path) {
        // Theirs' field order first, then my additions, then fields only base still had.
        Set<String> names = new LinkedHashSet<>(theirs.propertyNames());
        names.addAll(mine.propertyNames());
        names.addAll(base.propertyNames());
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (String name : names) {
            FieldPath child = path.field(name);
            JsonNode b = base.path(name);
            JsonNode m = mine.path(name);
            JsonNode t = theirs.path(name);
            JsonNode merged = policy.isServerManaged(name) ? takeServerValue(b, m, t, child) : merge(b, m, t, child);
            if (!merged.isMissingNode()) {
                out.set(name, merged);
            }
        }
        return out;
    }

    private JsonNode takeServerValue(JsonNode base, JsonNode mine, JsonNode theirs, FieldPath path) {
        if (!JsonValues.same(base, mine) || !JsonValues.same(base, theirs)) {
            record(path, base, mine, theirs, ChangeKind.SERVER_MANAGED);
        }
        return copy(theirs);
    }

    private Optional<JsonNode> mergeKeyedArrays(JsonNode base, JsonNode mine, JsonNode theirs, FieldPath path) {
        Optional<String> configured = policy.keyFor(path.pattern());
        String keyField = configured.orElse(policy.matchArraysById() ? "id" : null);
        if (keyField == null) {
            return Optional.empty();
        }
        Map<JsonNode, JsonNode> b = index(base, keyField);
        Map<JsonNode, JsonNode> m = index(mine, keyField);
        Map<JsonNode, JsonNode> t = index(theirs, keyField);
        if (b == null || m == null || t == null) {
            return Optional.empty(); // an element without a usable key: compare the array whole
        }
        if (configured.isEmpty() && b.isEmpty() && m.isEmpty() && t.isEmpty()) {
            return Optional.empty();
        }
        // Theirs' order, then elements only I have (my additions, or ones they deleted and I kept).
        Set<JsonNode> keys = new LinkedHashSet<>(t.keySet());
        keys.addAll(m.keySet());
        keys.addAll(b.keySet());
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (JsonNode key : keys) {
            JsonNode be = b.getOrDefault(key, MISSING);
            JsonNode me = m.getOrDefault(key, MISSING);
            JsonNode te = t.getOrDefault(key, MISSING);
            // The path shows the key as written on the first side that has the element.
            JsonNode shownKey = (te.isMissingNode() ? me.isMissingNode() ? be : me : te).get(keyField);
            JsonNode merged = merge(be, me, te, path.key(keyField, shownKey));
            if (!merged.isMissingNode()) {
                out.add(merged);
            }
        }
        return Optional.of(out);
    }

    /** Elements by (canonical) key value, or null when some element has no scalar key or a key repeats. */
    private static Map<JsonNode, JsonNode> index(JsonNode array, String keyField) {
        Map<JsonNode, JsonNode> byKey = new LinkedHashMap<>();
        if (array.isMissingNode()) {
            return byKey;
        }
        for (JsonNode element : array) {
            JsonNode key = element.isObject() ? element.get(keyField) : null;
            if (key == null || !key.isValueNode() || key.isNull()
                    || byKey.put(JsonValues.canonicalKey(key), element) != null) {
                return null;
            }
        }
        return byKey;
    }

    private JsonNode mergeWholeValue(JsonNode base, JsonNode mine, JsonNode theirs, FieldPath path) {
        boolean mineChanged = !JsonValues.same(mine, base);
        boolean theirsChanged = !JsonValues.same(theirs, base);
        if (!mineChanged) {
            if (theirsChanged) {
                record(path, base, mine, theirs, ChangeKind.THEIRS_ONLY);
            }
            return copy(theirs);
        }
        if (!theirsChanged) {
            record(path, base, mine, theirs, ChangeKind.MINE_ONLY);
            return copy(mine);
        }
        if (JsonValues.same(mine, theirs)) {
            record(path, base, mine, theirs, ChangeKind.BOTH_SAME);
            return copy(theirs);
        }
        record(path, base, mine, theirs, ChangeKind.CONFLICT);
        return copy(choices.getOrDefault(path, Choice.MINE) == Choice.MINE ? mine : theirs);
    }

    private void record(FieldPath path, JsonNode base, JsonNode mine, JsonNode theirs, ChangeKind kind) {
        changes.add(new FieldChange(path, copy(base), copy(mine), copy(theirs), kind));
    }

    private static JsonNode copy(JsonNode node) {
        return node.isMissingNode() ? node : node.deepCopy();
    }
}
