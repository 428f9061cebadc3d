package com.ovconsole.ui.errors;

import com.ovconsole.api.model.ErrorMessage;
import java.util.List;

/** One entry of an ErrorMessage's {@code nestedErrors} tree, ready to show. */
public record NestedError(String errorCode, String message, String details, List<NestedError> children) {

    public NestedError {
        children = List.copyOf(children);
    }

    static List<NestedError> of(List<ErrorMessage> errors) {
        return errors.stream()
                .map(e -> new NestedError(text(e.errorCode()), text(e.message()), text(e.details()), of(e.nestedErrors())))
                .toList();
    }

    static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
