package com.ovconsole.ui.connections;

/** Where one appliance of the list stands; drives its status dot and label. */
public enum ConnectionStatus {
    DISCONNECTED("", "connections.status.disconnected"),
    CONNECTING("running", "connections.status.connecting"),
    STARTING("running", "connections.status.starting"),
    CONNECTED("ok", "connections.status.connected"),
    EXPIRED("warning", "connections.status.expired"),
    /** Signed in, but the appliance now presents another certificate: nothing is sent until the user re-trusts it. */
    CERTIFICATE_CHANGED("certificate", "connections.status.certificateChanged"),
    ERROR("critical", "connections.status.error");

    private final String dotStyle;
    private final String messageKey;

    ConnectionStatus(String dotStyle, String messageKey) {
        this.dotStyle = dotStyle;
        this.messageKey = messageKey;
    }

    /** The extra style class of the {@code .status-dot} ("" = the muted default). */
    public String dotStyle() {
        return dotStyle;
    }

    public String messageKey() {
        return messageKey;
    }

    /** True while a session exists (an expired one can still be renewed). */
    public boolean hasSession() {
        return this == CONNECTED || this == EXPIRED || this == CERTIFICATE_CHANGED;
    }

    /** True while the connect flow runs. */
    public boolean isBusy() {
        return this == CONNECTING || this == STARTING;
    }
}
