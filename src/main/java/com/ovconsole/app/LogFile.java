package com.ovconsole.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The console's log, {@code oneview-console.log.0} in the config folder (older ones {@code .1},
 * {@code .2}; 5 MB each): full stack traces, which dialogs never show, run through the redaction.
 */
public final class LogFile {

    public static final String FILE_NAME = "oneview-console.log";

    private LogFile() {
    }

    /** Returns the current file. Sends java.util.logging (the System.Logger backend) to the file; the console keeps warnings only. */
    /** The rotating, redacting file handler in {@code configDirectory}. */
    static FileHandler fileHandler(Path configDirectory) throws IOException {
        Files.createDirectories(configDirectory);
        // With a count above one, java.util.logging numbers the files: the current one is ".0".
        String pattern = configDirectory.resolve(FILE_NAME).toString().replace("%", "%%") + ".%g";
        FileHandler handler = new FileHandler(pattern, 5 * 1024 * 1024, 3, true);
        handler.setFormatter(new RedactingFormatter());
        handler.setLevel(Level.INFO);
        return handler;
    }

    public static Path install(Path configDirectory) throws IOException {
        FileHandler handler = fileHandler(configDirectory);
        Logger root = Logger.getLogger("");
        for (Handler existing : root.getHandlers()) {
            existing.setLevel(Level.WARNING);
            existing.setFormatter(new RedactingFormatter());
        }
        root.addHandler(handler);
        root.setLevel(Level.INFO);
        return configDirectory.resolve(FILE_NAME + ".0");
    }
}
