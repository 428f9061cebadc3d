package com.ovconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The body of every OneView 4xx/5xx answer (and of each {@code taskErrors} entry). Any field may
 * be missing or null on a real appliance; the accessors below never return null collections.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ErrorMessage(
        String errorCode,
        String message,
        String details,
        List<String> recommendedActions,
        List<ErrorMessage> nestedErrors,
        String errorSource,
        JsonNode data) {

    public ErrorMessage {
        recommendedActions = recommendedActions == null ? List.of() : List.copyOf(recommendedActions);
        nestedErrors = nestedErrors == null ? List.of() : List.copyOf(nestedErrors);
    }

    /** An error made on this side (no body, or a body that was not an ErrorMessage). */
    public static ErrorMessage of(String errorCode, String message, String details) {
        return new ErrorMessage(errorCode, message, details, List.of(), List.of(), null, null);
    }
}
