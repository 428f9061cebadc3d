package com.ovconsole.ui.profiles.list;

import com.ovconsole.api.model.ServerProfileSummary;

/** One line of the profile list. {@code hardwareName} is empty until resolved (or when unassigned). */
public record ProfileRow(
        String uri,
        String name,
        String description,
        String status,
        String state,
        String serverHardwareUri,
        String hardwareName,
        String templateCompliance,
        String modified,
        String eTag) {

    static ProfileRow of(ServerProfileSummary profile, String hardwareName) {
        return new ProfileRow(profile.uri(), text(profile.name()), text(profile.description()), text(profile.status()),
                text(profile.state()), profile.serverHardwareUri(), hardwareName, text(profile.templateCompliance()),
                text(profile.modified()), profile.eTag());
    }

    ProfileRow withHardwareName(String resolved) {
        return new ProfileRow(uri, name, description, status, state, serverHardwareUri, resolved, templateCompliance,
                modified, eTag);
    }

    boolean isAssigned() {
        return serverHardwareUri != null && !serverHardwareUri.isBlank();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
