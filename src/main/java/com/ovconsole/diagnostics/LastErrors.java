package com.ovconsole.diagnostics;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The last WARNING and SEVERE records of the log, with their stack traces, and the requests the
 * appliance refused or that failed (the client logs those at INFO: {@code GET /x -> 500 in 12 ms},
 * {@code GET /x -> failed after 30000 ms}). Reads the
 * {@code java.util.logging.SimpleFormatter} layout: a header line (date and source), then
 * {@code LEVEL: message}, then any further lines of the record.
 */
final class LastErrors {

    private static final Pattern FAILED_REQUEST = Pattern.compile("^INFO: \\S+ \\S+ -> (?:[45]\\d\\d |failed ).*");
    private static final Pattern LEVEL_LINE = Pattern.compile("^(SEVERE|WARNING|INFO|CONFIG|FINE|FINER|FINEST): .*");

    private LastErrors() {
    }

    /** @param logLines the log files' lines, oldest first */
    static List<String> of(List<String> logLines, int limit) {
        Deque<String> errors = new ArrayDeque<>();
        List<String> record = null;
        boolean keep = false;
        for (int i = 0; i < logLines.size(); i++) {
            String line = logLines.get(i);
            String next = i + 1 < logLines.size() ? logLines.get(i + 1) : "";
            if (!LEVEL_LINE.matcher(line).matches() && LEVEL_LINE.matcher(next).matches()) {
                add(errors, record, keep, limit);
                record = new ArrayList<>();
                keep = next.startsWith("SEVERE: ") || next.startsWith("WARNING: ")
                        || FAILED_REQUEST.matcher(next).matches();
            }
            if (record != null) {
                record.add(line);
            }
        }
        add(errors, record, keep, limit);
        return List.copyOf(errors);
    }

    private static void add(Deque<String> errors, List<String> record, boolean keep, int limit) {
        if (record == null || !keep) {
            return;
        }
        errors.addLast(String.join("\n", record));
        if (errors.size() > limit) {
            errors.removeFirst();
        }
    }
}
