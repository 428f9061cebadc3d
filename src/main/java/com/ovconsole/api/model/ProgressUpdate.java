package com.ovconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One line of a task's {@code progressUpdates}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProgressUpdate(Long id, String timestamp, String statusUpdate) {
}
