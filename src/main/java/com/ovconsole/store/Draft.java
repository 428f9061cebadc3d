package com.ovconsole.store;

import java.time.Instant;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * Unsaved edits to one server profile, kept so a crash or a closed window loses nothing.
 *
 * @param base the profile as the editor loaded it
 * @param baseETag the ETag of {@code base}, sent as If-Match on save
 * @param mine the user's edited copy
 */
public record Draft(String applianceId, String resourceUri, JsonNode base, String baseETag, JsonNode mine, Instant savedAt) {

    public Draft {
        Objects.requireNonNull(applianceId, "applianceId");
        Objects.requireNonNull(resourceUri, "resourceUri");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(mine, "mine");
        Objects.requireNonNull(savedAt, "savedAt");
    }
}
