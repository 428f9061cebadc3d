package com.ovconsole.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogFileTest {

    @TempDir
    Path configDir;

    @Test
    void logFileKeepsTheStackTraceButNeverSessionIdsOrPasswords() throws Exception {
        FileHandler handler = LogFile.fileHandler(configDir);
        LogRecord record = new LogRecord(Level.WARNING,
                "Login answered {\"sessionID\":\"s3cr3t-session\"} for {\"userName\":\"alice\",\"password\":\"hunter2\"}\nauth: s3cr3t-session");
        record.setThrown(new IllegalStateException("connection reset"));

        handler.publish(record);
        handler.close();

        String written = Files.readString(configDir.resolve(LogFile.FILE_NAME + ".0"));
        assertThat(written).contains("IllegalStateException: connection reset").contains("com.ovconsole.app.LogFileTest.logFileKeeps")
                .contains("alice").doesNotContain("s3cr3t-session").doesNotContain("hunter2").contains("<redacted>");
    }
}
