package com.ovconsole.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ovconsole.api.ApplianceClient;
import com.ovconsole.diagnostics.DiagnosticsBundle;
import com.ovconsole.diagnostics.TaskLine;
import com.ovconsole.diagnostics.Versions;
import com.ovconsole.integration.SessionPeek;
import com.ovconsole.sim.SimulatorConfig;
import com.ovconsole.store.ApplianceEntry;
import com.ovconsole.store.ApplianceStore;
import com.ovconsole.store.RunningTask;
import com.ovconsole.store.TaskHistoryStore;
import com.ovconsole.testing.SimulatorFixture;
import com.ovconsole.ui.BackgroundRunner;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.RecordingDialogService;
import com.ovconsole.ui.diagnostics.DiagnosticsExporter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Help > Export diagnostics: one zip with logs, versions, appliances, tasks and the last errors,
 * and none of the secrets planted on the way (a real login's session id, the password, the
 * {@code auth} value), not even those in a log an older version wrote unmasked.
 */
class DiagnosticsExportTest {

    private static final String PASSWORD = "Pa55-diagnostics-9f3k";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T07:10:00Z"), ZoneOffset.UTC);

    @TempDir
    Path configDir;
    @TempDir
    Path exportDir;

    @Test
    void zipHoldsLogsVersionsAppliancesTasksAndErrorsButNoSecret() throws Exception {
        String sessionId;
        try (SimulatorFixture sim = SimulatorFixture.start(SimulatorConfig.builder().password(PASSWORD))) {
            ApplianceClient client = sim.signedInClient();
            sessionId = SessionPeek.sessionId(client);
            logThroughTheConsolesLog(sessionId);
        }
        Files.writeString(configDir.resolve("oneview-console.log.2"), "Nov 27, 2026 10:15:00 AM old.Version log\n"
                + "WARNING: login body {\"userName\":\"ops\",\"password\":\"" + PASSWORD + "\"} answer {\"sessionID\":\""
                + sessionId + "\"}\nauth: " + sessionId + "\n");
        new ApplianceStore(configDir).add(ApplianceEntry.create("Lab A", "10.0.0.5", "ops-admin", "CORP")
                .withPinnedCertificate("AB:CD"));
        new TaskHistoryStore(configDir).saveAll(List.of(new RunningTask("id-1", "/rest/tasks/T-1", "Update",
                "web-01", Instant.parse("2026-12-03T07:00:00Z"), true)));
        Path target = exportDir.resolve("diagnostics.zip");

        new DiagnosticsBundle(configDir, CLOCK).write(target, new Versions("1.2.3", "17.0.15", "21.0.11", "Linux"),
                List.of(new TaskLine("Lab A", "Update", "web-01", "Error", "ILO timeout", "07:00", "The iLO ...")));

        Map<String, String> zip = unzip(target);
        assertThat(zip).containsKeys("README.txt", "versions.txt", "appliances.json", "saved-tasks.json",
                "recent-tasks.json", "last-errors.txt", "logs/oneview-console.log.0", "logs/oneview-console.log.2");
        assertThat(zip.get("versions.txt")).contains("OneView Console: 1.2.3", "Java: 17.0.15", "JavaFX: 21.0.11",
                "OS: Linux");
        assertThat(zip.get("appliances.json")).contains("Lab A", "10.0.0.5", "AB:CD").doesNotContain("ops-admin");
        assertThat(zip.get("saved-tasks.json")).contains("/rest/tasks/T-1");
        assertThat(zip.get("recent-tasks.json")).contains("ILO timeout");
        assertThat(zip.get("last-errors.txt")).contains("Download failed for lab-a.bkp", "IllegalStateException",
                "PUT /rest/server-profiles/7 -> 412").doesNotContain("Connected to Lab A").doesNotContain("-> 200");
        assertThat(zip.get("logs/oneview-console.log.0")).contains("Connected to Lab A");
        zip.forEach((name, text) -> assertThat(text).as(name).doesNotContain(PASSWORD).doesNotContain(sessionId));
        assertThat(String.join("\n", zip.values())).contains("<redacted>");
        try (var left = Files.list(exportDir)) {
            assertThat(left).containsExactly(target);
        }
    }

    @Test
    void exportFromTheHelpMenuAsksWhereWritesTheZipAndSaysWhere() throws Exception {
        RecordingDialogService dialogs = new RecordingDialogService();
        dialogs.saveFileAnswer = Optional.of(exportDir.resolve("support.zip"));
        DiagnosticsExporter exporter = new DiagnosticsExporter(new DiagnosticsBundle(configDir, CLOCK),
                BackgroundRunner.sameThread(), dialogs, Messages.load(Locale.ROOT), List::of,
                () -> Versions.current(DiagnosticsExportTest.class.getModule()), CLOCK);

        exporter.export();

        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.shown).first().satisfies(save -> {
            assertThat(save.kind()).isEqualTo("save");
            assertThat(save.message()).isEqualTo("oneview-console-diagnostics-20261203-071000.zip");
        });
        assertThat(dialogs.shown).last().satisfies(done -> assertThat(done.message()).contains("support.zip"));
        assertThat(unzip(exportDir.resolve("support.zip")).get("versions.txt"))
                .contains("Java: " + System.getProperty("java.version"));
    }

    @Test
    void cancelledChooserWritesNothingAndAFailedWriteLeavesNoPart() throws Exception {
        RecordingDialogService dialogs = new RecordingDialogService();
        DiagnosticsExporter exporter = new DiagnosticsExporter(new DiagnosticsBundle(configDir, CLOCK),
                BackgroundRunner.sameThread(), dialogs, Messages.load(Locale.ROOT), List::of,
                () -> new Versions("1", "17", "21", "Linux"), CLOCK);

        exporter.export();

        assertThat(exportDir).isEmptyDirectory();
        Path occupied = Files.createDirectories(exportDir.resolve("taken.zip"));
        Files.writeString(occupied.resolve("inside"), "a folder cannot be replaced by the zip");
        assertThatThrownBy(() -> new DiagnosticsBundle(configDir, CLOCK).write(occupied,
                new Versions("1", "17", "21", "Linux"), List.of())).isInstanceOf(IOException.class);
        assertThat(exportDir.resolve("taken.zip.part")).doesNotExist();
    }

    /** The console's own log pipeline (redacting formatter, rotating file) with careless lines. */
    private void logThroughTheConsolesLog(String sessionId) throws IOException {
        FileHandler handler = LogFile.fileHandler(configDir);
        Logger logger = Logger.getLogger("diagnostics-test");
        logger.setUseParentHandlers(false);
        logger.addHandler(handler);
        try {
            logger.info("Connected to Lab A");
            logger.info("GET /rest/server-profiles -> 200 in 4 ms");
            logger.info("PUT /rest/server-profiles/7 -> 412 in 9 ms");
            logger.info("POST /rest/login-sessions {\"userName\":\"Administrator\",\"password\":\"" + PASSWORD + "\"}");
            logger.log(Level.WARNING, "Download failed for lab-a.bkp\nauth: " + sessionId,
                    new IllegalStateException("{\"sessionID\":\"" + sessionId + "\"}"));
        } finally {
            logger.removeHandler(handler);
            handler.close();
        }
    }

    private static Map<String, String> unzip(Path zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (InputStream file = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(file)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
