package com.ovconsole.api;

/** The request never got an HTTP answer: connection reset, TLS failure, timeout, bad body. */
public class TransportException extends ApiException {

    private static final long serialVersionUID = 1L;

    public TransportException(String message, Throwable cause) {
        super(message, cause);
    }
}
