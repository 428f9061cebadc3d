package com.ovconsole.api;

import com.ovconsole.api.model.ErrorMessage;
import java.util.Objects;

/** The appliance answered 4xx/5xx; carries the HTTP status and the ErrorMessage body, whole. */
public class ApplianceErrorException extends ApiException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient ErrorMessage error;

    public ApplianceErrorException(int status, ErrorMessage error) {
        super(describe(status, error));
        this.status = status;
        this.error = Objects.requireNonNull(error, "error");
    }

    public int status() {
        return status;
    }

    public ErrorMessage error() {
        return error;
    }

    /** The stable code to switch on, or an empty string when the appliance sent none. */
    public String errorCode() {
        return error.errorCode() == null ? "" : error.errorCode();
    }

    private static String describe(int status, ErrorMessage error) {
        String text = error == null || error.message() == null || error.message().isBlank()
                ? "The appliance answered HTTP " + status + "."
                : error.message();
        return text;
    }
}
