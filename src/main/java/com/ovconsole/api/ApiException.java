package com.ovconsole.api;

/**
 * Base of every failure the client reports. The message is written for the user: it is what
 * dialogs show, so it never carries a stack trace, a password or a session id.
 */
public class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ApiException(String message) {
        super(message);
    }

    public ApiException(String message, Throwable cause) {
        super(message, cause);
    }
}
