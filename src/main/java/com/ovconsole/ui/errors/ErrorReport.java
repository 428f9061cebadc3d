package com.ovconsole.ui.errors;

import com.ovconsole.api.ApiException;
import com.ovconsole.api.ApplianceErrorException;
import com.ovconsole.api.model.ErrorMessage;
import com.ovconsole.ui.Messages;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * What the error view shows, made from whatever failed. Never holds a stack trace or a class name.
 * Empty strings mean "not known"; {@code httpStatus} is 0 when there was no HTTP answer.
 */
public record ErrorReport(
        String message,
        String details,
        List<String> recommendedActions,
        List<NestedError> nestedErrors,
        String errorCode,
        int httpStatus) {

    public ErrorReport {
        recommendedActions = List.copyOf(recommendedActions);
        nestedErrors = List.copyOf(nestedErrors);
    }

    /** The appliance's ErrorMessage, whole. */
    public static ErrorReport of(ErrorMessage error, int httpStatus, Messages messages) {
        String message = NestedError.text(error.message());
        if (message.isEmpty()) {
            message = messages.format("error.noMessage", httpStatus);
        }
        List<String> actions = error.recommendedActions().stream()
                .map(NestedError::text)
                .filter(action -> !action.isEmpty())
                .toList();
        return new ErrorReport(message, NestedError.text(error.details()), actions,
                NestedError.of(error.nestedErrors()), NestedError.text(error.errorCode()), httpStatus);
    }

    /**
     * Any failure: an appliance error whole, an {@link ApiException} by its user message, anything
     * else as "Unexpected error" with its message (the caller logs the trace).
     */
    public static ErrorReport of(Throwable failure, Messages messages) {
        Throwable cause = unwrap(failure);
        if (cause instanceof ApplianceErrorException appliance) {
            return of(appliance.error(), appliance.status(), messages);
        }
        if (cause instanceof ApiException api) {
            return simple(NestedError.text(api.getMessage()), "");
        }
        return simple(messages.get("error.unexpected"), NestedError.text(cause.getMessage()));
    }

    /** True when {@code failure} is not one the client reported on purpose: its trace belongs in the log. */
    public static boolean isUnexpected(Throwable failure) {
        return !(unwrap(failure) instanceof ApiException);
    }

    private static ErrorReport simple(String message, String details) {
        return new ErrorReport(message, details, List.of(), List.of(), "", 0);
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while ((current instanceof CompletionException || current instanceof ExecutionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
