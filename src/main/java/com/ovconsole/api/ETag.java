package com.ovconsole.api;

import java.util.Objects;

/**
 * An entity tag as OneView compares them: held bare, without surrounding quotes or {@code W/},
 * so two tags compare with {@code equals} however each was written (header, body, draft). Quotes
 * are added in one place, {@link #quoted()}, for If-Match and If-None-Match.
 */
public record ETag(String value) {

    /** Normalises: {@code W/"12/3"}, {@code "12/3"} and {@code 12/3} are the same tag. */
    public ETag {
        Objects.requireNonNull(value, "value");
        value = value.trim();
        if (value.startsWith("W/") || value.startsWith("w/")) {
            value = value.substring(2).trim();
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        if (value.isEmpty()) {
            throw new IllegalArgumentException("An ETag cannot be empty");
        }
    }

    /** The tag in a header or a body; null for none (null or blank). */
    public static ETag of(String headerOrValue) {
        return headerOrValue == null || headerOrValue.isBlank() ? null : new ETag(headerOrValue);
    }

    /** The bare value of {@code eTag}, null for none (for places that store text, e.g. drafts). */
    public static String valueOf(ETag eTag) {
        return eTag == null ? null : eTag.value();
    }

    /** As sent in If-Match / If-None-Match: {@code "12/3"}. */
    public String quoted() {
        return "\"" + value + "\"";
    }

    @Override
    public String toString() {
        return value;
    }
}
