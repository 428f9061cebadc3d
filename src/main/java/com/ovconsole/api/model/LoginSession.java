package com.ovconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** {@code POST /rest/login-sessions} answer. The id is a secret: toString() hides it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LoginSession(String sessionID) {

    @Override
    public String toString() {
        return "LoginSession[sessionID=<redacted>]";
    }
}
