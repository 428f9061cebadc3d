package com.ovconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** {@code GET /rest/version}: the API range the appliance speaks. Extra fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApiVersionInfo(int currentVersion, int minimumVersion) {
}
