package com.ovconsole.api.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import tools.jackson.databind.JsonNode;

/**
 * The login banner. Appliances send it as an object ({@code message}, {@code acknowledgment})
 * or, on some releases, as a bare string; both read into this record.
 */
public record LoginMessage(String text, boolean acknowledgementRequired) {

    public static final LoginMessage NONE = new LoginMessage("", false);

    public LoginMessage {
        text = text == null ? "" : text;
    }

    @JsonCreator
    static LoginMessage fromJson(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return NONE;
        }
        if (node.isString()) {
            return new LoginMessage(node.asString(), false);
        }
        String text = firstText(node, "message", "text", "loginMessage");
        boolean ack = firstBoolean(node, "acknowledgment", "acknowledgement",
                "acknowledgmentRequired", "acknowledgementRequired");
        return new LoginMessage(text, ack);
    }

    private static String firstText(JsonNode node, String... names) {
        for (String name : names) {
            JsonNode value = node.get(name);
            if (value != null && value.isString()) {
                return value.asString();
            }
        }
        return "";
    }

    private static boolean firstBoolean(JsonNode node, String... names) {
        for (String name : names) {
            JsonNode value = node.get(name);
            if (value != null && !value.isNull()) {
                return value.isBoolean() ? value.booleanValue() : "true".equalsIgnoreCase(value.asString());
            }
        }
        return false;
    }
}
