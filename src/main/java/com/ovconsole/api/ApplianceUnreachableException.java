package com.ovconsole.api;

/** The appliance could not be reached at all (refused, unknown host, connect or read timeout). */
public class ApplianceUnreachableException extends TransportException {

    private static final long serialVersionUID = 1L;

    public ApplianceUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
