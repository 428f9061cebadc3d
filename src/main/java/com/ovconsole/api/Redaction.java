package com.ovconsole.api;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Keeps secrets out of logs: the {@code auth} header, session ids and passwords. */
public final class Redaction {

    public static final String MASK = "<redacted>";

    private static final Set<String> SECRET_HEADERS = Set.of("auth", "authorization", "cookie", "set-cookie",
            "proxy-authorization");
    private static final Pattern SECRET_JSON = Pattern.compile(
            "(\"(?:sessionID|password|auth|token)\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern SECRET_HEADER_LINE = Pattern.compile(
            "(?im)^((?:auth|authorization|cookie)\\s*[:=]\\s*)\\S.*$");

    private Redaction() {
    }

    /** The value to log for a header: secret headers become {@link #MASK}. */
    public static String headerValue(String name, String value) {
        return name != null && SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT)) ? MASK : value;
    }

    /** Masks session ids and passwords in JSON text and {@code auth:} lines in free text. */
    public static String text(String text) {
        if (text == null) {
            return null;
        }
        String masked = SECRET_JSON.matcher(text).replaceAll("$1\"" + MASK + "\"");
        return SECRET_HEADER_LINE.matcher(masked).replaceAll("$1" + MASK);
    }
}
