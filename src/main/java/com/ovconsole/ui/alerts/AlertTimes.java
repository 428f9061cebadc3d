package com.ovconsole.ui.alerts;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Alert timestamps as the app's tables show times: {@code 2026-10-03 14:22}, local time. */
final class AlertTimes {

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private AlertTimes() {
    }

    /** Empty for none; an unreadable value is shown as sent rather than hidden. */
    static String shortForm(String timestamp, ZoneId zone) {
        if (timestamp == null || timestamp.isBlank()) {
            return "";
        }
        try {
            return SHORT.format(OffsetDateTime.parse(timestamp.trim()).atZoneSameInstant(zone));
        } catch (DateTimeParseException unreadable) {
            return timestamp.strip();
        }
    }
}
