package com.ovconsole.api;

/** The appliance's API range and the console's do not overlap. */
public class UnsupportedApiVersionException extends ApiException {

    private static final long serialVersionUID = 1L;

    /** Which side is ahead. */
    public enum Reason { APPLIANCE_TOO_OLD, APPLIANCE_TOO_NEW }

    private final Reason reason;
    private final int applianceMinimum;
    private final int applianceCurrent;

    public UnsupportedApiVersionException(Reason reason, int applianceMinimum, int applianceCurrent, String message) {
        super(message);
        this.reason = reason;
        this.applianceMinimum = applianceMinimum;
        this.applianceCurrent = applianceCurrent;
    }

    public Reason reason() {
        return reason;
    }

    public int applianceMinimum() {
        return applianceMinimum;
    }

    public int applianceCurrent() {
        return applianceCurrent;
    }
}
