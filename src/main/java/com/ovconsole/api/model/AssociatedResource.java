package com.ovconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The resource a task works on; {@code resourceUri} may be null until the task has made it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AssociatedResource(String resourceName, String resourceUri, String resourceCategory,
        String associationType) {
}
