package com.ovconsole.sim;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

/**
 * ETags in the appliance's style ({@code "1526058827348/42"}: write time and a counter), new on
 * every write. Also the comparison rules: quotes and {@code W/} are stripped, {@code *} matches.
 */
final class ETags {

    private final Clock clock;
    private final AtomicLong counter = new AtomicLong();

    ETags(Clock clock) {
        this.clock = clock;
    }

    String next() {
        return clock.millis() + "/" + counter.incrementAndGet();
    }

    /** An ETag for seeded inventory: fixed by the seed, not by the wall clock. */
    String seeded(long millis) {
        return millis + "/" + counter.incrementAndGet();
    }

    static String normalize(String headerValue) {
        if (headerValue == null) {
            return null;
        }
        String value = headerValue.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2).trim();
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        return value;
    }

    /** True when the client's precondition (header or body eTag; null = none given) holds. */
    static boolean matches(String expected, String current) {
        String normalized = normalize(expected);
        return normalized == null || "*".equals(normalized) || normalized.equals(current);
    }
}
