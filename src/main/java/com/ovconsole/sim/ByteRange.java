package com.ovconsole.sim;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code Range: bytes=...} request as a web server reads it (RFC 9110, section 14): a single
 * range is served as 206; a syntax it does not read, another unit or several ranges are ignored
 * (the whole body, 200); a range that starts past the end is 416.
 */
record ByteRange(long first, long last) {

    /** The whole body: no Range, or one the server ignores. */
    static final ByteRange WHOLE = new ByteRange(-1, -1);
    /** Nothing of the body satisfies the range: 416. */
    static final ByteRange UNSATISFIABLE = new ByteRange(-2, -2);

    private static final Pattern SINGLE = Pattern.compile("\\s*bytes\\s*=\\s*(\\d*)\\s*-\\s*(\\d*)\\s*");

    /** What to send for this Range header and body length. */
    static ByteRange of(String header, long length) {
        if (header == null) {
            return WHOLE;
        }
        Matcher m = SINGLE.matcher(header);
        if (!m.matches() || m.group(1).isEmpty() && m.group(2).isEmpty()) {
            return WHOLE;
        }
        try {
            if (m.group(1).isEmpty()) {
                long suffix = Long.parseLong(m.group(2));
                return suffix == 0 || length == 0 ? UNSATISFIABLE : new ByteRange(Math.max(0, length - suffix), length - 1);
            }
            long first = Long.parseLong(m.group(1));
            long last = m.group(2).isEmpty() ? Long.MAX_VALUE : Long.parseLong(m.group(2));
            if (last < first) {
                return WHOLE;
            }
            return first >= length ? UNSATISFIABLE : new ByteRange(first, Math.min(last, length - 1));
        } catch (NumberFormatException tooLong) {
            return WHOLE;
        }
    }

    boolean partial() {
        return first >= 0;
    }

    long length() {
        return last - first + 1;
    }

    /** {@code bytes first-last/length}. */
    String contentRange(long total) {
        return "bytes " + first + "-" + last + "/" + total;
    }

    /**
     * Whether an If-Range value still names the current representation: a strong ETag compared
     * strongly (a weak one never matches), else an HTTP date equal to Last-Modified.
     */
    static boolean ifRangeMatches(String ifRange, String eTag, Instant lastModified) {
        if (ifRange == null) {
            return true;
        }
        String value = ifRange.trim();
        if (value.startsWith("\"") || value.startsWith("W/")) {
            return value.equals(eTag);
        }
        try {
            return Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(value)).equals(seconds(lastModified));
        } catch (DateTimeParseException notADate) {
            return false;
        }
    }

    private static final DateTimeFormatter IMF_FIXDATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", java.util.Locale.ROOT);

    /** Last-Modified as an HTTP date (IMF-fixdate, whole seconds). */
    static String httpDate(Instant instant) {
        return IMF_FIXDATE.format(seconds(instant).atOffset(ZoneOffset.UTC));
    }

    private static Instant seconds(Instant instant) {
        return instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }
}
