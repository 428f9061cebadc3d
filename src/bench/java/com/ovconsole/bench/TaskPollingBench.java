package com.ovconsole.bench;

import com.ovconsole.api.PollPolicy;
import com.ovconsole.api.TaskPoller;
import com.ovconsole.api.TaskRef;
import com.ovconsole.store.TaskHistoryStore;
import com.ovconsole.ui.BackgroundRunner;
import com.ovconsole.ui.ConnectedAppliance;
import com.ovconsole.ui.FxUiDispatcher;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.RecordingDialogService;
import com.ovconsole.ui.UiDispatcher;
import com.ovconsole.ui.tasks.TaskCenter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 500 running tasks across 5 simulated appliances, polled through the real TaskCenter with the
 * task panel showing them (Monocle headless toolkit), for {@code -Dbench.seconds} (default 60).
 * Baseline: the same toolkit and empty panel, idle, for the same time. The five simulators run in
 * a child JVM ({@link SimulatorProcess}) so that their threads and garbage are not counted as the
 * console's; the FX thread's own CPU time between pulses is printed beside the wall-clock gaps.
 * Run: {@code mvn -Pbench verify -Dtest=TaskPollingBench -Dbench.seconds=60}
 */
@ExtendWith(ApplicationExtension.class)
class TaskPollingBench {

    private static final int APPLIANCES = 5;
    private static final int TASKS_EACH = 100;
    private static final long SECONDS = Long.getLong("bench.seconds", 60);
    /** The first seconds of a window include first-use costs (class loading, interpreted code). */
    private static final long WARM_UP_SECONDS = Math.min(5, SECONDS / 4);

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void pollFiveHundredTasks() throws Exception {
        Messages messages = Messages.load(Locale.ROOT);
        ExecutorService background = Executors.newFixedThreadPool(2);
        TaskPoller poller = TaskPoller.create(PollPolicy.DEFAULT);
        SimulatorProcess simulators = SimulatorProcess.start(APPLIANCES, TASKS_EACH, 86_400);
        Path config = Files.createTempDirectory("bench-config");
        try {
            AtomicLong longestDispatch = new AtomicLong();
            AtomicLong longestDispatchCpu = new AtomicLong();
            java.util.function.LongSupplier cpu = CpuClock.currentThread();
            FxUiDispatcher fx = new FxUiDispatcher();
            // Times the console's own work on the FX thread, to tell it apart from GC and CPU starvation.
            UiDispatcher timed = action -> fx.dispatch(() -> {
                long begun = System.nanoTime();
                long begunCpu = cpu.getAsLong();
                action.run();
                longestDispatch.accumulateAndGet(System.nanoTime() - begun, Math::max);
                longestDispatchCpu.accumulateAndGet(cpu.getAsLong() - begunCpu, Math::max);
            });
            TaskCenter center = new TaskCenter(poller, timed,
                    new BackgroundRunner(background, new FxUiDispatcher()), new RecordingDialogService(),
                    new TaskHistoryStore(config), messages, Clock.systemDefaultZone());
            TaskBenchBed.showTaskPanel(stage, center, new BackgroundRunner(background, new FxUiDispatcher()), messages);

            Stalls idle = measure("idle toolkit, empty panel", () -> { });
            long idleCpu = idle.consoleCpuNanos;

            List<ConnectedAppliance> appliances = new ArrayList<>();
            List<List<TaskRef>> tasks = new ArrayList<>();
            for (int i = 0; i < APPLIANCES; i++) {
                ConnectedAppliance appliance = simulators.simulators().get(i).connectedAppliance("appliance-" + (i + 1));
                appliances.add(appliance);
                tasks.add(TaskBenchBed.startTasks(appliance, 0, TASKS_EACH, "bench"));
            }
            long before = simulators.requests();
            WaitForAsyncUtils.asyncFx(() -> {
                for (int i = 0; i < APPLIANCES; i++) {
                    for (TaskRef task : tasks.get(i)) {
                        center.track(appliances.get(i), task, null, "Update server profile", false);
                    }
                }
            }).get();
            Stalls polling = measure("500 tasks polled", () -> {
                longestDispatch.set(0);
                longestDispatchCpu.set(0);
            });
            long sent = simulators.requests() - before;
            int running = WaitForAsyncUtils.asyncFx(center::getRunningCount).get();

            BenchReport.value("tasks watched at the end", running, "tasks");
            BenchReport.value("poll requests per second (500 tasks)", sent / (double) SECONDS, "req/s");
            BenchReport.figure("console CPU, % of one core", 100.0 * polling.consoleCpuNanos / polling.wallNanos,
                    "%", 100.0 * idleCpu / idle.wallNanos, "idle toolkit, same time");
            BenchReport.figure("longest FX pulse gap", polling.longestGapMillis, "ms", idle.longestGapMillis,
                    "idle toolkit, same time");
            BenchReport.figure("longest FX-thread CPU between two pulses", polling.longestBusyMillis, "ms",
                    idle.longestBusyMillis, "idle toolkit, same time");
            BenchReport.figure("  the same after the first " + WARM_UP_SECONDS + " s (warm)", polling.longestBusyWarmMillis,
                    "ms", idle.longestBusyWarmMillis, "idle toolkit, same time");
            BenchReport.figure("pulses after over 16 ms of FX-thread CPU", polling.busyOver16, "pulses",
                    idle.busyOver16, "idle toolkit, same time");
            BenchReport.value("longest batch of task updates on the FX thread", longestDispatch.get() / 1e6, "ms");
            BenchReport.value("  its FX-thread CPU (the longest such)", longestDispatchCpu.get() / 1e6, "ms");
            BenchReport.figure("FX pulses over 16 ms late", polling.lateFrames, "pulses", idle.lateFrames,
                    "idle toolkit, same time");
        } finally {
            poller.close();
            background.shutdownNow();
            simulators.close();
        }
    }

    /** What one measuring window saw. */
    private record Stalls(double longestGapMillis, long lateFrames, double longestBusyMillis,
            double longestBusyWarmMillis, long busyOver16, long consoleCpuNanos, long wallNanos) {
    }

    /** Watches FX pulses (a pulse listener, kept busy by an empty animation) for the bench time. */
    private Stalls measure(String what, Runnable atStart) throws Exception {
        AtomicLong last = new AtomicLong();
        AtomicLong longest = new AtomicLong();
        AtomicLong late = new AtomicLong();
        // The FX thread's own CPU between two pulses: what the console kept it busy with, apart
        // from the time it waited for a core (other processes, GC) that a wall-clock gap also shows.
        java.util.function.LongSupplier fxCpu = CpuClock.currentThread();
        AtomicLong lastCpu = new AtomicLong(-1);
        AtomicLong longestBusy = new AtomicLong();
        AtomicLong longestBusyWarm = new AtomicLong();
        AtomicLong busyOver16 = new AtomicLong();
        long warmFrom = System.nanoTime() + TimeUnit.SECONDS.toNanos(WARM_UP_SECONDS);
        Runnable pulse = () -> {
            long now = System.nanoTime();
            long cpuNow = fxCpu.getAsLong();
            long previousCpu = lastCpu.getAndSet(cpuNow);
            if (previousCpu >= 0) {
                long busy = cpuNow - previousCpu;
                longestBusy.accumulateAndGet(busy, Math::max);
                if (now - warmFrom >= 0) {
                    longestBusyWarm.accumulateAndGet(busy, Math::max);
                }
                if (busy > TimeUnit.MILLISECONDS.toNanos(16)) {
                    busyOver16.incrementAndGet();
                }
            }
            long previous = last.getAndSet(now);
            if (previous != 0) {
                long gap = now - previous;
                longest.accumulateAndGet(gap, Math::max);
                if (gap > TimeUnit.MILLISECONDS.toNanos(33)) {
                    late.incrementAndGet();
                }
            }
        };
        AnimationTimer keepPulsing = new AnimationTimer() {
            @Override
            public void handle(long now) {
            }
        };
        WaitForAsyncUtils.asyncFx(() -> {
            stage.getScene().addPreLayoutPulseListener(pulse);
            keepPulsing.start();
            atStart.run();
        }).get();
        Map<Long, Long> cpuBefore = CpuClock.perThread(name -> !CpuClock.isSimulator(name));
        long started = System.nanoTime();
        Thread.sleep(TimeUnit.SECONDS.toMillis(SECONDS));
        long wall = System.nanoTime() - started;
        long cpu = CpuClock.since(cpuBefore, name -> !CpuClock.isSimulator(name));
        WaitForAsyncUtils.asyncFx(() -> {
            keepPulsing.stop();
            stage.getScene().removePreLayoutPulseListener(pulse);
        }).get();
        System.out.printf(Locale.ROOT, "BENCH measured: %s for %d s%n", what, SECONDS);
        return new Stalls(longest.get() / 1e6, late.get(), longestBusy.get() / 1e6, longestBusyWarm.get() / 1e6,
                busyOver16.get(), cpu, wall);
    }
}
