package com.ovconsole.store;

import java.util.Objects;
import java.util.UUID;

/**
 * One appliance in the connection list. Holds no password and no session id: those live in
 * memory only.
 *
 * @param address {@code host} or {@code host:port}
 * @param pinnedCertificateSha256 the pinned leaf certificate's SHA-256 (hex), null until first trust
 * @param proxy {@code host:port}, or null for a direct connection
 * @param demo true for the built-in demo appliance
 */
public record ApplianceEntry(
        String id,
        String displayName,
        String address,
        String userName,
        String loginDomain,
        String pinnedCertificateSha256,
        String proxy,
        boolean demo) {

    /** Stable, so drafts and task history of the demo appliance survive restarts. */
    public static final String DEMO_ID = "6f0c2a4e-0d1b-4c3a-9e55-0de30a55a11e";

    public ApplianceEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(address, "address");
        displayName = displayName == null || displayName.isBlank() ? address : displayName;
        userName = userName == null ? "" : userName;
        loginDomain = loginDomain == null ? "" : loginDomain;
    }

    /** A new entry with a fresh random id. */
    public static ApplianceEntry create(String displayName, String address, String userName, String loginDomain) {
        return new ApplianceEntry(UUID.randomUUID().toString(), displayName, address, userName, loginDomain,
                null, null, false);
    }

    /** The built-in demo appliance offered on first run. */
    public static ApplianceEntry builtInDemo() {
        return new ApplianceEntry(DEMO_ID, "Demo appliance (built in)", "demo", "Administrator", "LOCAL",
                null, null, true);
    }

    public ApplianceEntry withPinnedCertificate(String sha256) {
        return new ApplianceEntry(id, displayName, address, userName, loginDomain, sha256, proxy, demo);
    }
}
