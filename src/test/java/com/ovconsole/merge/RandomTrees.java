package com.ovconsole.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Seeded random profile-like trees and random edits for the merge property tests. Paths are
 * lists of pointer segments; keyed array elements are addressed by index, which stays valid
 * because the edits never add or remove elements.
 */
final class RandomTrees {

    /** An edit: set the field at {@code path} to {@code value}, or remove it when value is missing. */
    record Edit(List<String> path, JsonNode value) {
        boolean overlaps(Edit other) {
            return isPrefix(path, other.path) || isPrefix(other.path, path);
        }

        private static boolean isPrefix(List<String> a, List<String> b) {
            return a.size() <= b.size() && b.subList(0, a.size()).equals(a);
        }
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> KEYED = Set.of("connections", "items");

    private final Random random;
    private int nextId = 1;
    private int nextName = 1;

    RandomTrees(long seed) {
        this.random = new Random(seed);
    }

    ObjectNode profile(int depth) {
        ObjectNode node = NODES.objectNode();
        node.put("eTag", "etag-" + random.nextInt(1000));
        fill(node, depth);
        return node;
    }

    private void fill(ObjectNode node, int depth) {
        int fields = 2 + random.nextInt(5);
        for (int i = 0; i < fields; i++) {
            node.set("f" + i, randomValue(depth));
        }
        if (depth > 0 && random.nextBoolean()) {
            String name = random.nextBoolean() ? "connections" : "items";
            ArrayNode array = node.putArray(name);
            int elements = 1 + random.nextInt(4);
            for (int i = 0; i < elements; i++) {
                ObjectNode element = array.addObject();
                element.put("id", nextId++);
                element.put("state", "Deployed");
                fill(element, depth - 1);
            }
        }
    }

    JsonNode randomValue(int depth) {
        return switch (random.nextInt(depth > 0 ? 7 : 5)) {
            case 0 -> NODES.numberNode(random.nextInt(100));
            case 1 -> NODES.stringNode("s" + random.nextInt(100));
            case 2 -> NODES.booleanNode(random.nextBoolean());
            case 3 -> NODES.nullNode();
            case 4 -> NODES.arrayNode().add("a" + random.nextInt(5)).add("b" + random.nextInt(5));
            default -> {
                ObjectNode child = NODES.objectNode();
                fill(child, depth - 1);
                yield child;
            }
        };
    }

    /** Up to {@code count} random edits on paths that do not overlap each other or {@code taken}. */
    List<Edit> edits(JsonNode tree, int count, List<Edit> taken, boolean allowServerManaged, String side) {
        List<List<String>> fields = new ArrayList<>();
        List<List<String>> objects = new ArrayList<>();
        locations(tree, new ArrayList<>(), fields, objects, allowServerManaged);
        List<Edit> chosen = new ArrayList<>();
        for (int attempt = 0; attempt < count * 4 && chosen.size() < count; attempt++) {
            Edit edit = randomEdit(fields, objects, side);
            if (taken.stream().noneMatch(edit::overlaps) && chosen.stream().noneMatch(edit::overlaps)) {
                chosen.add(edit);
            }
        }
        return chosen;
    }

    private Edit randomEdit(List<List<String>> fields, List<List<String>> objects, String side) {
        int kind = random.nextInt(3);
        if (kind == 0 || fields.isEmpty()) {
            List<String> path = new ArrayList<>(objects.get(random.nextInt(objects.size())));
            path.add(side + "_added_" + nextName++);
            return new Edit(path, randomValue(1));
        }
        List<String> path = fields.get(random.nextInt(fields.size()));
        return new Edit(path, kind == 1 ? FieldChange.MISSING : NODES.stringNode(side + "-" + nextName++));
    }

    private static void locations(JsonNode node, List<String> at, List<List<String>> fields,
            List<List<String>> objects, boolean allowServerManaged) {
        objects.add(List.copyOf(at));
        for (String name : node.propertyNames()) {
            List<String> child = new ArrayList<>(at);
            child.add(name);
            JsonNode value = node.get(name);
            boolean serverManaged = MergePolicy.DEFAULT_SERVER_MANAGED.contains(name);
            if (!name.equals("id") && (allowServerManaged || !serverManaged)) {
                fields.add(List.copyOf(child));
            }
            if (value.isObject()) {
                locations(value, child, fields, objects, allowServerManaged);
            } else if (value.isArray() && KEYED.contains(name)) {
                for (int i = 0; i < value.size(); i++) {
                    List<String> element = new ArrayList<>(child);
                    element.add(Integer.toString(i));
                    locations(value.get(i), element, fields, objects, allowServerManaged);
                }
            }
        }
    }

    static JsonNode apply(JsonNode tree, List<Edit> edits) {
        JsonNode copy = tree.deepCopy();
        for (Edit edit : edits) {
            List<String> path = edit.path();
            ObjectNode parent = (ObjectNode) copy.at(pointer(path.subList(0, path.size() - 1)));
            String name = path.get(path.size() - 1);
            if (edit.value().isMissingNode()) {
                parent.remove(name);
            } else {
                parent.set(name, edit.value());
            }
        }
        return copy;
    }

    static String pointer(List<String> path) {
        StringBuilder sb = new StringBuilder();
        path.forEach(segment -> sb.append('/').append(segment));
        return sb.toString();
    }
}
