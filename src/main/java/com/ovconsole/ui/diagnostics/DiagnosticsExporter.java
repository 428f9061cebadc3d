package com.ovconsole.ui.diagnostics;

import com.ovconsole.diagnostics.DiagnosticsBundle;
import com.ovconsole.diagnostics.TaskLine;
import com.ovconsole.diagnostics.Versions;
import com.ovconsole.ui.BackgroundRunner;
import com.ovconsole.ui.DialogService;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.tasks.TaskRow;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Help > Export diagnostics: asks for the target file, takes a copy of the task panel's rows on
 * the UI thread, then writes the zip ({@link DiagnosticsBundle}) in the background and says where
 * it went. Call {@link #export()} on the UI thread.
 */
public final class DiagnosticsExporter {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final DiagnosticsBundle bundle;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final Messages messages;
    private final Supplier<List<TaskRow>> taskRows;
    private final Supplier<Versions> versions;
    private final Clock clock;

    public DiagnosticsExporter(DiagnosticsBundle bundle, BackgroundRunner runner, DialogService dialogs,
            Messages messages, Supplier<List<TaskRow>> taskRows, Supplier<Versions> versions, Clock clock) {
        this.bundle = Objects.requireNonNull(bundle, "bundle");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.taskRows = Objects.requireNonNull(taskRows, "taskRows");
        this.versions = Objects.requireNonNull(versions, "versions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    // Commands

    public void export() {
        String suggested = "oneview-console-diagnostics-" + STAMP.format(clock.instant().atZone(zone())) + ".zip";
        Optional<Path> chosen = dialogs.chooseSaveFile(messages.get("diagnostics.saveTitle"), suggested);
        if (chosen.isEmpty()) {
            return;
        }
        List<TaskLine> tasks = taskRows.get().stream().map(DiagnosticsExporter::line).toList();
        Versions now = versions.get();
        Path target = chosen.get();
        runner.run(context -> bundle.write(target, now, tasks),
                written -> dialogs.showInformation(messages.get("diagnostics.done.title"),
                        messages.format("diagnostics.done.text", written.getFileName(), written.toAbsolutePath().getParent())),
                dialogs::showError);
    }

    private static TaskLine line(TaskRow row) {
        return new TaskLine(row.applianceName(), row.nameProperty().get(), row.resourceNameProperty().get(),
                row.getStateText(), row.getStatus(), row.startedProperty().get(),
                row.problemProperty().get() == null ? null : row.problemProperty().get().getMessage());
    }

    private ZoneId zone() {
        return clock.getZone();
    }
}
