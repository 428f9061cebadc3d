package com.ovconsole.ui.profiles.editor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Small helpers for reading and writing profile trees by JSON Pointer ({@code /bootMode/mode}). */
final class JsonTrees {

    private JsonTrees() {
    }

    /** The text at {@code pointer}, "" when missing or null. */
    static String text(JsonNode root, String pointer) {
        JsonNode node = root.at(pointer);
        return node.isMissingNode() || node.isNull() ? "" : node.asString();
    }

    static boolean flag(JsonNode root, String pointer) {
        return root.at(pointer).asBoolean(false);
    }

    /** Sets {@code value} at {@code pointer}, creating the parent objects that are missing. */
    static void set(ObjectNode root, String pointer, JsonNode value) {
        String[] names = pointer.substring(1).split("/");
        ObjectNode parent = root;
        for (int i = 0; i < names.length - 1; i++) {
            JsonNode child = parent.get(names[i]);
            parent = child instanceof ObjectNode object ? object : parent.putObject(names[i]);
        }
        parent.set(names[names.length - 1], value);
    }
}
