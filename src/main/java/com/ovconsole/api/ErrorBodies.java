package com.ovconsole.api;

import com.ovconsole.api.model.ErrorMessage;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** Turns a 4xx/5xx answer into an ErrorMessage, even when the body is empty, HTML or cut short. */
final class ErrorBodies {

    /** How much of a foreign body goes into {@code details}. */
    static final int SNIPPET_CHARS = 2000;

    private ErrorBodies() {
    }

    static ErrorMessage parse(int status, byte[] body) {
        if (body == null || body.length == 0) {
            return ErrorMessage.of("HTTP_" + status,
                    "The appliance answered " + HttpStatusText.of(status) + " with an empty body.", "");
        }
        try {
            JsonNode tree = Json.MAPPER.readTree(body);
            if (tree != null && tree.isObject() && (tree.has("errorCode") || tree.has("message"))) {
                ErrorMessage parsed = Json.MAPPER.treeToValue(tree, ErrorMessage.class);
                return parsed.message() == null || parsed.message().isBlank() ? withMessage(parsed, status) : parsed;
            }
        } catch (JacksonException notOneView) {
            // falls through: shown as a foreign body below
        }
        return ErrorMessage.of("HTTP_" + status,
                "The appliance answered " + HttpStatusText.of(status) + " with a non-OneView body.", snippet(body));
    }

    private static ErrorMessage withMessage(ErrorMessage parsed, int status) {
        String code = parsed.errorCode() == null ? "" : " (" + parsed.errorCode() + ")";
        return new ErrorMessage(parsed.errorCode(), "The appliance answered " + HttpStatusText.of(status) + code + ".",
                parsed.details(), parsed.recommendedActions(), parsed.nestedErrors(), parsed.errorSource(),
                parsed.data());
    }

    private static String snippet(byte[] body) {
        String text = new String(body, 0, Math.min(body.length, SNIPPET_CHARS * 4), StandardCharsets.UTF_8)
                .replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "");
        String capped = text.length() > SNIPPET_CHARS ? text.substring(0, SNIPPET_CHARS) + " …(cut)" : text;
        // A proxy's error page may echo request headers: keep session ids out of what the UI shows.
        return Redaction.text(capped);
    }
}
