package com.ovconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One entry of an alert's {@code changeLog}: a state change the appliance wrote ("CLEARED",
 * {@code userEntered} false) or a note a user added. Every field may be null (real appliances
 * send {@code "created": null} on entries they made themselves).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AlertChange(String notes, String username, String created, Boolean userEntered) {
}
