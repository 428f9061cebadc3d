package com.ovconsole.diagnostics;

import com.ovconsole.api.Redaction;
import com.ovconsole.store.ApplianceEntry;
import com.ovconsole.store.ApplianceStore;
import com.ovconsole.store.LoadResult;
import com.ovconsole.store.RunningTask;
import com.ovconsole.store.TaskHistoryStore;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the diagnostics zip from the config folder: the logs, the versions, the appliance list
 * without user names or anything secret, the saved and the recent tasks, and the last errors. All
 * text goes through {@link Redaction} again (a log written by an older version may hold what the
 * current one masks). Written as {@code <name>.part}, then moved into place: never half a zip.
 */
public final class DiagnosticsBundle {

    /** Log files start with this name (the current one is {@code .0}). */
    static final String LOG_PREFIX = "oneview-console.log";
    static final int LAST_ERRORS = 50;

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Path configDirectory;
    private final Clock clock;

    public DiagnosticsBundle(Path configDirectory, Clock clock) {
        this.configDirectory = configDirectory;
        this.clock = clock;
    }

    /** Writes the zip to {@code target} (replacing it) and returns it; IOException leaves nothing behind. */
    public Path write(Path target, Versions versions, List<TaskLine> recentTasks) throws IOException {
        Path part = target.resolveSibling(target.getFileName() + ".part");
        boolean done = false;
        try {
            try (FileChannel channel = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ZipOutputStream zip = new ZipOutputStream(
                        new BufferedOutputStream(Channels.newOutputStream(channel)), StandardCharsets.UTF_8);
                writeEntries(zip, versions, recentTasks);
                zip.finish();
                zip.flush();
                channel.force(true);
            }
            try {
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
            return target;
        } finally {
            if (!done) {
                Files.deleteIfExists(part);
            }
        }
    }

    private void writeEntries(ZipOutputStream zip, Versions versions, List<TaskLine> recentTasks) throws IOException {
        List<Path> logs = logFiles();
        List<String> logLines = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Path log : logs) {
            String text = Redaction.text(Files.readString(log, StandardCharsets.UTF_8));
            put(zip, "logs/" + log.getFileName(), text);
            logLines.addAll(text.lines().toList());
        }
        put(zip, "versions.txt", versions.text());
        put(zip, "appliances.json", json(appliances(notes)));
        put(zip, "saved-tasks.json", json(savedTasks(notes)));
        put(zip, "recent-tasks.json", json(recentTasks));
        List<String> errors = LastErrors.of(logLines, LAST_ERRORS);
        put(zip, "last-errors.txt", errors.isEmpty() ? "No warnings or errors in the logs.\n"
                : String.join("\n\n", errors) + "\n");
        put(zip, "README.txt", readme(logs.size(), notes));
    }

    /** The logs oldest first: {@code .2}, {@code .1}, {@code .0}. */
    private List<Path> logFiles() throws IOException {
        if (!Files.isDirectory(configDirectory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(configDirectory)) {
            return files.filter(f -> f.getFileName().toString().startsWith(LOG_PREFIX)
                    && !f.getFileName().toString().endsWith(".lck") && Files.isRegularFile(f))
                    .sorted((a, b) -> b.getFileName().toString().compareTo(a.getFileName().toString()))
                    .toList();
        }
    }

    /** What identifies each appliance to support; the user name and login domain stay home. */
    private List<Map<String, Object>> appliances(List<String> notes) {
        LoadResult<List<ApplianceEntry>> loaded = new ApplianceStore(configDirectory).load();
        notes.addAll(loaded.warnings());
        List<Map<String, Object>> list = new ArrayList<>();
        for (ApplianceEntry entry : loaded.value()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", entry.id());
            item.put("displayName", entry.displayName());
            item.put("address", entry.address());
            item.put("proxy", entry.proxy());
            item.put("demo", entry.demo());
            item.put("pinnedCertificateSha256", entry.pinnedCertificateSha256());
            list.add(item);
        }
        return list;
    }

    private List<RunningTask> savedTasks(List<String> notes) {
        LoadResult<List<RunningTask>> loaded = new TaskHistoryStore(configDirectory).loadAll();
        notes.addAll(loaded.warnings());
        return loaded.value();
    }

    private String readme(int logCount, List<String> notes) {
        StringBuilder text = new StringBuilder("OneView Console diagnostics, made " + clock.instant() + "\n\n"
                + "logs/               the console's log files (" + logCount + "), secrets masked\n"
                + "versions.txt        console, Java, JavaFX and OS versions\n"
                + "appliances.json     the appliance list (no user names, no passwords, no session ids)\n"
                + "saved-tasks.json    tasks that were running at the last exit\n"
                + "recent-tasks.json   the task panel at the time of the export\n"
                + "last-errors.txt     the last " + LAST_ERRORS + " warnings and errors of the logs\n");
        if (!notes.isEmpty()) {
            text.append("\nWhile collecting:\n");
            notes.forEach(note -> text.append("- ").append(Redaction.text(note)).append('\n'));
        }
        return text.toString();
    }

    private static String json(Object value) {
        return Redaction.text(JSON.writeValueAsString(value)) + "\n";
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        OutputStream out = zip;
        out.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
