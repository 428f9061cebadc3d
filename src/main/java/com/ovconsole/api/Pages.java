package com.ovconsole.api;

import com.ovconsole.api.model.CollectionPage;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Reads a collection body into a {@link CollectionPage}, member by member. */
final class Pages {

    private Pages() {
    }

    static <T> CollectionPage<T> parse(JsonNode tree, Class<T> type, String what) {
        if (tree == null || !tree.isObject()) {
            throw new ApiException("The appliance's answer to " + what + " is not a collection.");
        }
        List<T> members = new ArrayList<>();
        List<ObjectNode> trees = new ArrayList<>();
        JsonNode list = tree.path("members");
        if (list.isArray()) {
            for (JsonNode member : list) {
                if (member.isObject()) {
                    trees.add((ObjectNode) member);
                    members.add(Json.convert(member, type, what));
                }
            }
        }
        JsonNode total = tree.get("total");
        return new CollectionPage<>(members, trees, tree.path("start").asInt(0), tree.path("count").asInt(members.size()),
                total == null || total.isNull() ? null : total.asInt(), text(tree, "nextPageUri"),
                text(tree, "prevPageUri"), text(tree, "uri"));
    }

    private static String text(JsonNode tree, String field) {
        JsonNode value = tree.get(field);
        return value == null || value.isNull() || value.asString().isBlank() ? null : value.asString();
    }
}
