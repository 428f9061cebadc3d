package com.ovconsole.ui.connections;

/** How the views show a SHA-256 fingerprint (certificate dialog, overview). */
final class Fingerprints {

    private Fingerprints() {
    }

    /** A fingerprint in two rows of 16 pairs, easy to compare with the appliance's screen. */
    static String twoLines(String fingerprint) {
        if (fingerprint == null || fingerprint.length() < 48) {
            return fingerprint == null ? "" : fingerprint;
        }
        return fingerprint.substring(0, 47) + "\n" + fingerprint.substring(48);
    }
}
