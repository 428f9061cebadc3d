package com.ovconsole.ui.profiles;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** OneView's ISO timestamps as people read them in a table: {@code 2026-10-03 14:22} (local time). */
public final class Timestamps {

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Timestamps() {
    }

    /** {@code value} in the short form when it is an ISO timestamp, else unchanged (merge values). */
    public static String ifTimestamp(String value) {
        if (value == null || value.length() < 20 || value.charAt(10) != 'T' || !value.endsWith("Z")) {
            return value;
        }
        return shortForm(value);
    }

    public static String shortForm(String iso) {
        if (iso == null || iso.isBlank()) {
            return "";
        }
        try {
            return SHORT.format(Instant.parse(iso).atZone(ZoneId.systemDefault()));
        } catch (DateTimeParseException unreadable) {
            return iso;
        }
    }
}
