package com.ovconsole.api;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A 206 answer's {@code Content-Range: bytes first-last/total} ({@code total} may be {@code *}: -1). */
record ContentRange(long first, long last, long total) {

    private static final Pattern RANGE = Pattern.compile("\\s*bytes\\s+(\\d+)-(\\d+)/(\\d+|\\*)\\s*");

    /** The parsed header, or null when it is missing or unreadable. */
    static ContentRange parse(String header) {
        if (header == null) {
            return null;
        }
        Matcher m = RANGE.matcher(header);
        if (!m.matches()) {
            return null;
        }
        try {
            long first = Long.parseLong(m.group(1));
            long last = Long.parseLong(m.group(2));
            long total = m.group(3).equals("*") ? -1 : Long.parseLong(m.group(3));
            return last < first ? null : new ContentRange(first, last, total);
        } catch (NumberFormatException tooLong) {
            return null;
        }
    }
}
