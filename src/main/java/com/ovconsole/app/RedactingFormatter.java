package com.ovconsole.app;

import com.ovconsole.api.Redaction;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;

/** The log file's format: one record with its full stack trace, then session ids and passwords masked. */
public final class RedactingFormatter extends SimpleFormatter {

    @Override
    public String format(LogRecord record) {
        return Redaction.text(super.format(record));
    }
}
