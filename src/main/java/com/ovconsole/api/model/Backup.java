package com.ovconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A backup resource ({@code /rest/backups/<id>}); {@code downloadUri} streams the archive. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Backup(
        String uri,
        String id,
        String downloadUri,
        String saveUri,
        String taskUri,
        String type,
        String category,
        String created,
        String hostName,
        Long backupSize,
        String status,
        String eTag) {
}
