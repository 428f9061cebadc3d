package com.ovconsole.ui.errors;

import com.ovconsole.ui.Messages;
import java.util.List;

/** The plain-text form of an error, for "Copy details" and support tickets. */
final class ErrorText {

    private ErrorText() {
    }

    static String of(ErrorReport report, Messages messages) {
        StringBuilder text = new StringBuilder(report.message()).append('\n');
        if (!report.details().isEmpty()) {
            text.append(report.details()).append('\n');
        }
        if (!report.recommendedActions().isEmpty()) {
            text.append('\n').append(messages.get("error.recommendedActions")).append(":\n");
            report.recommendedActions().forEach(action -> text.append("- ").append(action).append('\n'));
        }
        if (!report.nestedErrors().isEmpty()) {
            text.append('\n').append(messages.get("error.nestedErrors")).append(":\n");
            appendTree(text, report.nestedErrors(), "- ");
        }
        if (!report.errorCode().isEmpty() || report.httpStatus() != 0) {
            text.append('\n');
        }
        if (!report.errorCode().isEmpty()) {
            text.append(messages.format("error.code", report.errorCode())).append('\n');
        }
        if (report.httpStatus() != 0) {
            text.append(messages.format("error.httpStatus", report.httpStatus())).append('\n');
        }
        return text.toString();
    }

    static String line(NestedError error) {
        StringBuilder line = new StringBuilder(error.message());
        if (!error.details().isEmpty()) {
            line.append(line.length() == 0 ? "" : " — ").append(error.details());
        }
        if (!error.errorCode().isEmpty()) {
            line.append(line.length() == 0 ? "" : "  ").append('(').append(error.errorCode()).append(')');
        }
        return line.toString();
    }

    private static void appendTree(StringBuilder text, List<NestedError> errors, String indent) {
        for (NestedError error : errors) {
            text.append(indent).append(line(error)).append('\n');
            appendTree(text, error.children(), "  " + indent);
        }
    }
}
