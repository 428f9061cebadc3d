package com.ovconsole.store;

/** A file could not be written; the message is meant for the user, the cause for the log. */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
