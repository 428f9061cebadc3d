package com.ovconsole.bench;

import static com.ovconsole.bench.ListBenchLoop.filterRoundTrip;
import static com.ovconsole.bench.ListBenchLoop.median;
import static com.ovconsole.bench.ListBenchLoop.medianOfMeasured;
import static com.ovconsole.bench.ListBenchLoop.mediansOfMeasured;
import static com.ovconsole.bench.ListBenchLoop.openView;
import static com.ovconsole.bench.ListBenchLoop.scrollToTheEnd;
import static com.ovconsole.bench.ListBenchLoop.time;

import com.ovconsole.api.ApplianceClient;
import com.ovconsole.api.PageQuery;
import com.ovconsole.api.model.ServerProfileSummary;
import com.ovconsole.store.DraftStore;
import com.ovconsole.ui.BackgroundRunner;
import com.ovconsole.ui.ConnectedAppliance;
import com.ovconsole.ui.Controllers;
import com.ovconsole.ui.FxThemes;
import com.ovconsole.ui.FxUiDispatcher;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.Theme;
import com.ovconsole.ui.ViewLoader;
import com.ovconsole.ui.dialogs.ModalDialogs;
import com.ovconsole.ui.profiles.ProfileServices;
import com.ovconsole.ui.profiles.list.ProfileListViewModel;
import com.ovconsole.ui.profiles.list.ProfileRow;
import com.ovconsole.ui.profiles.list.ProfilesModule;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Server Profiles view with 10,000 profiles on the simulator: opening it until the first page
 * is on screen, scrolling through all of it, a filter round trip and the heap it needs, each
 * beside the raw client call for the same data measured in the same run.
 */
class ProfileListBench {

    private static final int PROFILES = 10_000;

    @Test
    void profileListWith10000Profiles() throws Exception {
        // The simulator runs in a JVM of its own: this heap and these threads are the console's.
        try (SimulatorProcess simulators = SimulatorProcess.start(1, PROFILES, 6)) {
            SimulatorProcess.Remote simulator = simulators.simulators().get(0);
            ConnectedAppliance appliance = simulator.connectedAppliance("Bench");
            ApplianceClient client = appliance.client();
            Stage stage = FxToolkit.registerPrimaryStage();
            ExecutorService workers = Executors.newCachedThreadPool(daemon());
            ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(daemon());
            Messages messages = Messages.load(Locale.ROOT);
            ProfileServices services = services(workers, timers, messages);
            ViewLoader loader = new ViewLoader(messages, type -> { throw new IllegalStateException(); });
            WaitForAsyncUtils.asyncFx(() -> FxThemes.apply(Theme.LIGHT)).get();
            PageQuery firstPage = PageQuery.ALL.start(0).count(64).sort("name:asc");

            double rawPage = median(() -> client.page("/rest/server-profiles", firstPage, ServerProfileSummary.class));
            double[] open = mediansOfMeasured(() -> openView(stage, scene -> new ProfilesModule(services, loader,
                    new ModalDialogs(scene::getWindow, loader, new Controllers(), services.messages())).profiles(appliance),
                    ".profile-table"));
            BenchReport.figure("open view -> first page in the table (10,000)", open[1], "ms", rawPage,
                    "client.page() of that page");
            BenchReport.figure("  of which: create the view (FXML, CSS, VM)", open[0], "ms", rawPage,
                    "client.page() of that page");
            BenchReport.figure("  of which: created -> first page in the table", open[1] - open[0], "ms", rawPage,
                    "client.page() of that page");
            BenchReport.figure("open view -> next layout pulse (headless sw)", open[2], "ms", rawPage,
                    "client.page() of that page");
            BenchReport.figure("  of which: first page -> laid out (CSS, layout)", open[2] - open[1], "ms", rawPage,
                    "client.page() of that page");
            BenchReport.figure("  first layout over the raw page (goal < 300 ms)", open[2] - rawPage, "ms", rawPage,
                    "client.page() of that page");
            BenchReport.figure("  FX-thread CPU, open -> laid out (load-proof)", open[3], "ms", rawPage,
                    "client.page() of that page");
            BenchReport.figure("  render-thread CPU meanwhile (sw frames drawn)", open[4], "ms", rawPage,
                    "client.page() of that page");
            if (Boolean.getBoolean("bench.openOnly")) {
                return; // -Dbench.openOnly=true: the open-view figures only
            }
            double firstPageInModel = median(() -> {
                ProfileListViewModel fresh = new ProfileListViewModel(appliance, services);
                WaitForAsyncUtils.asyncFx(fresh::refresh).get();
                WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !fresh.rows().isEmpty());
                WaitForAsyncUtils.asyncFx(fresh::close).get();
                return null;
            });
            BenchReport.figure("ViewModel only: refresh -> first page rows", firstPageInModel, "ms", rawPage,
                    "client.page() of that page");

            long heapBefore = usedHeapAfterGc();
            double rawAll = time(() -> client.allPages("/rest/server-profiles", firstPage, ServerProfileSummary.class,
                    page -> { }, () -> false));
            ProfileListViewModel list = new ProfileListViewModel(appliance, services);
            HeapSampler sampler = HeapSampler.start();
            double scroll = time(() -> scrollToTheEnd(driven(list)));
            long peak = sampler.stop();
            BenchReport.figure("scroll the whole list (10,000 rows)", scroll, "ms", rawAll, "client.allPages() same query");
            long retained = usedHeapAfterGc() - heapBefore;
            BenchReport.figure("peak used heap while scrolling (-Xmx2g, sampled)", peak / 1e6, "MB", heapBefore / 1e6,
                    "heap in use before, after GC");
            BenchReport.value("heap held by 10,000 loaded rows", retained / 1e6, "MB");

            PageQuery filtered = PageQuery.ALL.start(0).count(64).sort("name:asc").filter("name matches '%sql-cluster-08%'");
            double rawFilter = median(() -> client.page("/rest/server-profiles", filtered, ServerProfileSummary.class));
            double filter = medianOfMeasured(() -> filterRoundTrip(driven(list), "sql-cluster-08"));
            BenchReport.figure("filter round trip (incl. 300 ms debounce)", filter, "ms", rawFilter, "client.page() filtered");
            BenchReport.figure("filter round trip minus the debounce", filter - 300, "ms", rawFilter, "client.page() filtered");
            list.close();
            timers.shutdownNow();
            workers.shutdownNow();
            ProfileListHeapCheck.runIn256MiB(simulator);
        }
    }

    /** What the Server Profiles view needs, as the console wires it, with no dialogs and no task panel. */
    static ProfileServices services(ExecutorService workers, ScheduledExecutorService timers, Messages messages)
            throws java.io.IOException {
        FxUiDispatcher fx = new FxUiDispatcher();
        return new ProfileServices(new BackgroundRunner(workers, fx), fx, timers, new BenchDialogs(),
                (a, task, initial, label, user) -> { throw new UnsupportedOperationException(); },
                new DraftStore(Files.createTempDirectory("bench-drafts")), messages,
                Duration.ofMillis(500), Duration.ofMinutes(10));
    }

    private static ListBenchLoop.PagedViewModel<ProfileRow> driven(ProfileListViewModel list) {
        return new ListBenchLoop.PagedViewModel<>(list::refresh, list::rowShown, list.rows(), list::hasMore,
                () -> list.loadingProperty().get(), list.filterTextProperty(), ProfileRow::name);
    }

    private static long usedHeapAfterGc() {
        System.gc();
        return used();
    }

    static long used() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** The highest heap use seen while it runs (sampled every millisecond; java.management is not in the module). */
    static final class HeapSampler {
        private final Thread thread;
        private volatile boolean running = true;
        private volatile long peak;

        private HeapSampler() {
            thread = new Thread(() -> {
                while (running) {
                    peak = Math.max(peak, used());
                    java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
                }
            }, "heap-sampler");
            thread.setDaemon(true);
        }

        static HeapSampler start() {
            HeapSampler sampler = new HeapSampler();
            sampler.thread.start();
            return sampler;
        }

        long stop() throws InterruptedException {
            running = false;
            thread.join();
            return Math.max(peak, used());
        }
    }

    static java.util.concurrent.ThreadFactory daemon() {
        return runnable -> {
            Thread thread = new Thread(runnable, "bench");
            thread.setDaemon(true);
            return thread;
        };
    }
}
