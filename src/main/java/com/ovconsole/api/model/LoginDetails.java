package com.ovconsole.api.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /rest/logindetails}. Domains arrive as strings or as objects with a {@code name};
 * both become plain names.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LoginDetails(
        boolean allowLocalLogin,
        String defaultLoginDomain,
        List<String> configuredLoginDomains,
        LoginMessage loginMessage) {

    public LoginDetails {
        configuredLoginDomains = configuredLoginDomains == null ? List.of() : List.copyOf(configuredLoginDomains);
        loginMessage = loginMessage == null ? LoginMessage.NONE : loginMessage;
    }

    @JsonCreator
    static LoginDetails fromJson(
            @JsonProperty("allowLocalLogin") Boolean allowLocalLogin,
            @JsonProperty("defaultLoginDomain") JsonNode defaultLoginDomain,
            @JsonProperty("configuredLoginDomains") JsonNode configuredLoginDomains,
            @JsonProperty("loginMessage") JsonNode loginMessage) {
        List<String> domains = new ArrayList<>();
        if (configuredLoginDomains != null && configuredLoginDomains.isArray()) {
            for (JsonNode domain : configuredLoginDomains) {
                String name = domainName(domain);
                if (!name.isEmpty()) {
                    domains.add(name);
                }
            }
        }
        return new LoginDetails(allowLocalLogin == null || allowLocalLogin,
                domainName(defaultLoginDomain), domains, LoginMessage.fromJson(loginMessage));
    }

    private static String domainName(JsonNode node) {
        if (node == null || node.isNull()) {
            return "";
        }
        if (node.isObject()) {
            JsonNode name = node.get("name");
            return name == null || name.isNull() ? "" : name.asString();
        }
        return node.asString();
    }
}
