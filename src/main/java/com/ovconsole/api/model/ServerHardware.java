package com.ovconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The fields a server-hardware list shows ({@code /rest/server-hardware}). {@code powerState} and
 * {@code status} stay the appliance's strings; {@link #power()} and {@link #health()} interpret
 * them without ever failing. The full tree travels beside it in {@code Resource}/{@code CollectionPage}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ServerHardware(
        String uri,
        String type,
        String name,
        String serverName,
        String model,
        String shortModel,
        String serialNumber,
        Integer position,
        String locationUri,
        String powerState,
        String status,
        String state,
        String serverProfileUri,
        String serverHardwareTypeUri,
        Boolean powerLock,
        MpHostInfo mpHostInfo,
        String created,
        String modified,
        String eTag) {

    public PowerState power() {
        return PowerState.parse(powerState);
    }

    public HealthStatus health() {
        return HealthStatus.parse(status);
    }

    /** The iLO address to show, or null when the appliance sent none. */
    public String iloAddress() {
        return mpHostInfo == null ? null : mpHostInfo.preferredAddress();
    }

    public boolean hasProfile() {
        return serverProfileUri != null && !serverProfileUri.isBlank();
    }
}
