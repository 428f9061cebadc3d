package com.ovconsole.bench;

import com.ovconsole.api.ApplianceClient;
import com.ovconsole.api.Credentials;
import com.ovconsole.api.PageQuery;
import com.ovconsole.api.PollPolicy;
import com.ovconsole.api.TaskPoller;
import com.ovconsole.api.TaskRef;
import com.ovconsole.merge.Choice;
import com.ovconsole.store.DraftStore;
import com.ovconsole.store.TaskHistoryStore;
import com.ovconsole.ui.BackgroundRunner;
import com.ovconsole.ui.ConnectedAppliance;
import com.ovconsole.ui.FxUiDispatcher;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.RecordingDialogService;
import com.ovconsole.ui.profiles.ProfileServices;
import com.ovconsole.ui.profiles.conflict.MergePrompt;
import com.ovconsole.ui.profiles.editor.ProfileEditorViewModel;
import com.ovconsole.ui.tasks.TaskCenter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import tools.jackson.databind.node.ObjectNode;

/**
 * The soak: 5 simulated appliances (a child JVM), 500 long tasks polled by the real TaskCenter with
 * its panel shown (Monocle), 5 % of all requests answered 500 or dropped, and an editor on
 * appliance 1 saving every few seconds while a second session changes the same profile (412 ->
 * merge -> save). Prints edits lost, sessions opened/logged out/live per appliance, live threads
 * and heap after GC at the start and end of the soak, and the longest FX stall beside an idle-toolkit
 * baseline measured first in the same run. The editor and the second session speak API 101, where
 * a save is answered at once (200), since the 500 tasks must run all along and the simulator gives
 * every task the same duration.
 * Run: {@code mvn -Pbench verify -Dtest=SoakBench -Dbench.seconds=600} (default 600).
 */
@ExtendWith(ApplicationExtension.class)
class SoakBench {

    private static final int APPLIANCES = 5;
    private static final int TASKS_EACH = 100;
    private static final int FREE_PROFILES = 10;
    private static final long SECONDS = Long.getLong("bench.seconds", 600);
    private static final long BASELINE_SECONDS = Math.max(10, Math.min(60, SECONDS / 5));
    private static final double FAULT_RATE = 0.05;
    private static final long SAVE_EVERY_MILLIS = 3_000;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void soak() throws Exception {
        Messages messages = Messages.load(Locale.ROOT);
        ExecutorService background = Executors.newFixedThreadPool(4);
        ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor();
        TaskPoller poller = TaskPoller.create(PollPolicy.DEFAULT);
        SimulatorProcess simulators = SimulatorProcess.start(APPLIANCES, TASKS_EACH + FREE_PROFILES, 86_400, 3);
        Path config = Files.createTempDirectory("soak-config");
        FxUiDispatcher fx = new FxUiDispatcher();
        BackgroundRunner runner = new BackgroundRunner(background, fx);
        RecordingDialogService dialogs = new RecordingDialogService();
        List<ConnectedAppliance> appliances = new ArrayList<>();
        try {
            TaskCenter center = WaitForAsyncUtils.asyncFx(() -> new TaskCenter(poller, fx, runner, dialogs,
                    new TaskHistoryStore(config), messages, Clock.systemDefaultZone())).get();
            Scene scene = TaskBenchBed.showTaskPanel(stage, center, runner, messages);

            FxStalls idle = FxStalls.start(scene);
            Thread.sleep(TimeUnit.SECONDS.toMillis(BASELINE_SECONDS));
            FxStalls.Seen baseline = idle.stop();

            for (int i = 0; i < APPLIANCES; i++) {
                ConnectedAppliance appliance = simulators.simulators().get(i).connectedAppliance("appliance-" + (i + 1));
                appliances.add(appliance);
                List<TaskRef> tasks = TaskBenchBed.startTasks(appliance, FREE_PROFILES, TASKS_EACH, "soak");
                WaitForAsyncUtils.asyncFx(() -> tasks.forEach(task -> center.track(appliance, task, null,
                        "Update server profile", false))).get();
            }
            ConnectedAppliance first = appliances.get(0);
            first.client().useApiVersion(101);
            String uri = first.client().page("/rest/server-profiles", PageQuery.ALL.count(1), ObjectNode.class)
                    .members().get(0).path("uri").asString();
            AtomicInteger merges = new AtomicInteger();
            MergePrompt keepBoth = merge -> {
                merges.incrementAndGet();
                merge.chooseAll(Choice.MINE);
                return Optional.of(merge.merged());
            };
            ProfileServices services = new ProfileServices(runner, fx, timers, dialogs, center, new DraftStore(config),
                    messages, Duration.ofMillis(500), Duration.ofSeconds(15));
            ProfileEditorViewModel editor = WaitForAsyncUtils.asyncFx(() -> {
                ProfileEditorViewModel opened = new ProfileEditorViewModel(first, services, keepBoth);
                opened.open(uri);
                opened.startWatching();
                return opened;
            }).get();
            while (!SoakEditor.fx(() -> editor.loadedProperty().get())) {
                Thread.sleep(50);
            }
            ApplianceClient other = secondClient(simulators.simulators().get(0));
            SoakEditor user = new SoakEditor(editor, dialogs, other, uri, messages.get("profiles.editor.saved"));
            SecondSession theirs = new SecondSession(other, uri, 2_000);

            Snapshot before = Snapshot.take();
            theirs.start();
            simulators.faultRate(FAULT_RATE);
            long requestsBefore = simulators.requests();
            FxStalls soaking = FxStalls.start(scene);
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
            while (System.nanoTime() < end) {
                user.round();
                Thread.sleep(SAVE_EVERY_MILLIS);
            }
            FxStalls.Seen soaked = soaking.stop();
            long requests = simulators.requests() - requestsBefore;
            theirs.close();
            // The last edit is saved as the user would: Save again until it says Saved. (faults still on).
            while (!user.round()) {
                Thread.sleep(500);
            }
            Snapshot after = Snapshot.take();
            ObjectNode stored = user.stored();
            long theirsLost = stored.path(SecondSession.FIELD).asLong(-2) == theirs.lastWritten() ? 0 : 1;
            int watched = WaitForAsyncUtils.asyncFx(center::getRunningCount).get();

            WaitForAsyncUtils.asyncFx(() -> {
                editor.close();
                return null;
            }).get();
            // Exit logs every session out with the faults still on: a lost logout must not leave one open.
            appliances.forEach(appliance -> appliance.client().logout());
            other.logout();
            List<long[]> sessions = simulators.sessions();

            BenchReport.value("soak length (5 % faults on)", SECONDS, "s");
            BenchReport.value("requests served during the soak", requests, "req");
            BenchReport.value("tasks watched at the end", watched, "tasks");
            BenchReport.value("editor saves that said Saved.", user.saves, "saves");
            BenchReport.value("editor saves that did not (retried)", user.notSaved, "saves");
            System.out.println("BENCH   why not saved: " + user.failures);
            BenchReport.value("412 -> merge -> save", merges.get(), "merges");
            BenchReport.value("second-session writes (retried " + theirs.retries.get() + "x)", theirs.writes.get(), "writes");
            BenchReport.value("edits lost (must be 0)", user.lost + theirsLost, "edits");
            for (int i = 0; i < sessions.size(); i++) {
                long[] s = sessions.get(i);
                System.out.printf(Locale.ROOT, "BENCH sessions appliance-%d: opened %d, logged out %d, live at the end %d%n",
                        i + 1, s[0], s[1], s[2]);
            }
            BenchReport.figure("live threads, end of soak", after.threads, "thr", before.threads, "start of soak");
            BenchReport.figure("heap after GC, end of soak", after.heapMiB, "MiB", before.heapMiB, "start of soak");
            BenchReport.figure("longest FX pulse gap", soaked.longestGapMillis(), "ms", baseline.longestGapMillis(),
                    "idle toolkit, " + BASELINE_SECONDS + " s");
            BenchReport.figure("longest FX-thread CPU between pulses", soaked.longestBusyMillis(), "ms",
                    baseline.longestBusyMillis(), "idle toolkit, " + BASELINE_SECONDS + " s");
            BenchReport.figure("FX pulse gaps over 100 ms", soaked.pulsesOver100Millis(), "gaps",
                    baseline.pulsesOver100Millis(), "idle toolkit, " + BASELINE_SECONDS + " s");
        } finally {
            poller.close();
            timers.shutdownNow();
            background.shutdownNow();
            simulators.close();
        }
    }

    private static ApplianceClient secondClient(SimulatorProcess.Remote remote) {
        ApplianceClient client = ApplianceClient.builder("127.0.0.1:" + remote.port())
                .pinnedSha256(remote.certificateSha256()).build();
        client.negotiate();
        client.useApiVersion(101);
        client.login(new Credentials("Administrator", "admin".toCharArray(), "LOCAL", true));
        return client;
    }

    /** 100 long tasks on profiles past the first ten (those stay free for editing). */
    /** Live threads and used heap after two GCs. */
    private record Snapshot(int threads, double heapMiB) {
        static Snapshot take() throws InterruptedException {
            for (int i = 0; i < 2; i++) {
                System.gc();
                Thread.sleep(200);
            }
            Runtime runtime = Runtime.getRuntime();
            return new Snapshot(Thread.getAllStackTraces().size(),
                    (runtime.totalMemory() - runtime.freeMemory()) / (1024.0 * 1024.0));
        }
    }
}
