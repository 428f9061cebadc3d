package com.ovconsole.sim;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The simulator's one JSON mapper and a few null-safe readers for resource trees. */
final class Json {

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /** The text of a scalar field, or null when missing, null or not a scalar. */
    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() || !value.isValueNode() ? null : value.asString();
    }

    /** Follows a dotted path ({@code connectionSettings.connections}); null when any step is missing. */
    static JsonNode path(JsonNode node, String dottedPath) {
        JsonNode current = node;
        for (String step : dottedPath.split("\\.")) {
            if (current == null || !current.isObject()) {
                return null;
            }
            current = current.get(step);
        }
        return current;
    }
}
