package com.ovconsole.sim;

import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An answer with a 4xx/5xx status and an ErrorMessage body, thrown from anywhere in a handler;
 * the router turns it into the response. Built as a JSON tree: the simulator writes what a real
 * appliance sends, not our client's model.
 */
final class ApplianceError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient ObjectNode body;
    private final transient String allowHeader;

    private ApplianceError(int status, ObjectNode body, String allowHeader) {
        super(status + " " + body.path("errorCode").asString(""));
        this.status = status;
        this.body = body;
        this.allowHeader = allowHeader;
    }

    static ApplianceError of(int status, String errorCode, String message, String details,
            String... recommendedActions) {
        return new ApplianceError(status, errorMessage(errorCode, message, details, List.of(recommendedActions)),
                null);
    }

    static ApplianceError methodNotAllowed(String method, String path, String allow) {
        ObjectNode body = errorMessage("METHOD_NOT_ALLOWED",
                "The method " + method + " is not supported for " + path + ".",
                "Supported methods: " + allow + ".", List.of("Use one of the supported methods."));
        return new ApplianceError(405, body, allow);
    }

    /** The ErrorMessage shape of OneView: every field present, arrays never null. */
    static ObjectNode errorMessage(String errorCode, String message, String details, List<String> actions) {
        ObjectNode body = Json.object();
        body.put("errorCode", errorCode);
        body.put("message", message);
        body.put("details", details == null ? "" : details);
        ArrayNode recommended = body.putArray("recommendedActions");
        actions.forEach(recommended::add);
        body.putArray("nestedErrors");
        body.putNull("errorSource");
        body.putObject("data");
        return body;
    }

    ApplianceError withSource(String uri) {
        body.put("errorSource", uri);
        return this;
    }

    int status() {
        return status;
    }

    ObjectNode body() {
        return body;
    }

    String allowHeader() {
        return allowHeader;
    }

    // The common ones, named by what they mean.

    static ApplianceError notFound(String path) {
        return of(404, "RESOURCE_NOT_FOUND", "The requested resource " + path + " could not be found.",
                "No resource exists at this URI.", "Verify the URI and try again.");
    }

    static ApplianceError malformedJson(String details) {
        return of(400, "INVALID_JSON", "The request body is not valid JSON for this resource.", details,
                "Correct the request body and try again.");
    }

    static ApplianceError badRequest(String errorCode, String message, String details) {
        return of(400, errorCode, message, details, "Verify parameters and try again.");
    }
}
