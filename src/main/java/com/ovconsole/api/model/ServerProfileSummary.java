package com.ovconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The fields a server-profile list shows. The full tree travels beside it for editing. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ServerProfileSummary(
        String name,
        String description,
        String status,
        String state,
        String serverHardwareUri,
        String serverHardwareTypeUri,
        String enclosureGroupUri,
        String templateCompliance,
        String created,
        String modified,
        String uri,
        String eTag,
        String type,
        Boolean inProgress,
        String taskUri) {
}
