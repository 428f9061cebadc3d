package com.ovconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** {@code GET /rest/appliance/progress}: how many of the appliance's components have started. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApplianceProgress(int completeComponents, int totalComponents) {
}
