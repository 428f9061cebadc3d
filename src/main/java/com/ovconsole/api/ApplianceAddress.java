package com.ovconsole.api;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where an appliance lives: {@code host}, {@code host:port}, {@code [v6]:port} or an
 * {@code https://host[:port]} URL. Always HTTPS; the default port is 443.
 */
public record ApplianceAddress(String host, int port) {

    public ApplianceAddress {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("The appliance address has no host name.");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("The port must be between 1 and 65535, got " + port + ".");
        }
    }

    /** Parses what a user typed; the message of the exception says what is wrong with it. */
    public static ApplianceAddress parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Enter the appliance's host name or address.");
        }
        String trimmed = text.trim();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://")) {
            throw new IllegalArgumentException("OneView appliances are reached over HTTPS only: use https:// or no scheme.");
        }
        String url = lower.startsWith("https://") ? trimmed : "https://" + trimmed;
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + trimmed + "' is not a valid host name or address.", e);
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("'" + trimmed + "' is not a valid host name or address"
                    + " (expected host, host:port or https://host:port).");
        }
        if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null
                || !(uri.getRawPath() == null || uri.getRawPath().isEmpty() || "/".equals(uri.getRawPath()))) {
            throw new IllegalArgumentException("Give only the appliance's host and port, not '" + trimmed + "'.");
        }
        return new ApplianceAddress(uri.getHost(), uri.getPort() == -1 ? 443 : uri.getPort());
    }

    /** The host as it goes into a URL (IPv6 literals in brackets). */
    public String authority() {
        String literal = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return port == 443 ? literal : literal + ":" + port;
    }

    /** The host without IPv6 brackets, for certificate matching. */
    public String bareHost() {
        return host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    }

    public URI resolve(String pathAndQuery) {
        return URI.create("https://" + authority() + pathAndQuery);
    }

    @Override
    public String toString() {
        return authority();
    }
}
