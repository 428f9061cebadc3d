package com.ovconsole.bench;

import com.ovconsole.api.ApplianceClient;
import com.ovconsole.api.PageQuery;
import com.ovconsole.api.model.ServerProfileSummary;
import com.ovconsole.store.DraftStore;
import com.ovconsole.ui.ApplianceView;
import com.ovconsole.ui.BackgroundRunner;
import com.ovconsole.ui.ConnectedAppliance;
import com.ovconsole.ui.Controllers;
import com.ovconsole.ui.DialogService;
import com.ovconsole.ui.FxThemes;
import com.ovconsole.ui.FxUiDispatcher;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.Theme;
import com.ovconsole.ui.ViewLoader;
import com.ovconsole.ui.dialogs.ModalDialogs;
import com.ovconsole.ui.profiles.ProfileServices;
import com.ovconsole.ui.profiles.list.ProfileListViewModel;
import com.ovconsole.ui.profiles.list.ProfilesModule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
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
    private static final int RUNS = 9;

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
            double[] open = mediansOfMeasured(() -> openView(stage, services, loader, appliance));
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
            double scroll = time(() -> scrollToTheEnd(list));
            long peak = sampler.stop();
            BenchReport.figure("scroll the whole list (10,000 rows)", scroll, "ms", rawAll, "client.allPages() same query");
            long retained = usedHeapAfterGc() - heapBefore;
            BenchReport.figure("peak used heap while scrolling (-Xmx2g, sampled)", peak / 1e6, "MB", heapBefore / 1e6,
                    "heap in use before, after GC");
            BenchReport.value("heap held by 10,000 loaded rows", retained / 1e6, "MB");

            PageQuery filtered = PageQuery.ALL.start(0).count(64).sort("name:asc").filter("name matches '%sql-cluster-08%'");
            double rawFilter = median(() -> client.page("/rest/server-profiles", filtered, ServerProfileSummary.class));
            double filter = medianOfMeasured(() -> filterRoundTrip(list, "sql-cluster-08"));
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
        return new ProfileServices(new BackgroundRunner(workers, fx), fx, timers, new NoDialogs(),
                (a, task, initial, label, user) -> { throw new UnsupportedOperationException(); },
                new DraftStore(Files.createTempDirectory("bench-drafts")), messages,
                Duration.ofMillis(500), Duration.ofMinutes(10));
    }

    /**
     * Opens the view in the stage and returns once a layout pulse has placed the first page's rows
     * (the software renderer of the headless toolkit then draws them; that is not counted).
     */
    private static double[] openView(Stage stage, ProfileServices services, ViewLoader loader,
            ConnectedAppliance appliance) throws Exception {
        java.util.concurrent.CountDownLatch laidOut = new java.util.concurrent.CountDownLatch(1);
        long[] end = new long[3];
        long[] fxCpu = new long[2];
        long[] renderCpu = new long[2];
        long start = System.nanoTime();
        ApplianceView view = WaitForAsyncUtils.asyncFx(() -> {
            fxCpu[0] = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            renderCpu[0] = rendererCpu();
            // As in the console: the window is up, the view becomes its content.
            if (stage.getScene() == null) {
                Scene first = new Scene(new javafx.scene.layout.StackPane(), 1280, 800);
                first.getStylesheets().add(FxThemes.APP_STYLESHEET);
                stage.setScene(first);
                stage.show();
            }
            Scene scene = stage.getScene();
            ApplianceView created = new ProfilesModule(services, loader,
                    new ModalDialogs(scene::getWindow, loader, new Controllers(), services.messages())).profiles(appliance);
            scene.setRoot((Parent) created.node());
            end[2] = System.nanoTime();
            TableView<?> table = (TableView<?>) created.node().lookup(".profile-table");
            table.getItems().addListener((javafx.beans.InvalidationListener) items -> {
                if (end[0] == 0) {
                    end[0] = System.nanoTime();
                }
            });
            Runnable pulse = new Runnable() {
                @Override
                public void run() {
                    if (end[0] != 0) {
                        end[1] = System.nanoTime();
                        fxCpu[1] = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                        renderCpu[1] = rendererCpu();
                        scene.removePostLayoutPulseListener(this);
                        laidOut.countDown();
                    }
                }
            };
            scene.addPostLayoutPulseListener(pulse);
            return created;
        }).get();
        if (!laidOut.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the first page never showed");
        }
        WaitForAsyncUtils.asyncFx(view::close).get();
        return new double[] {(end[2] - start) / 1e6, (end[0] - start) / 1e6, (end[1] - start) / 1e6,
            (fxCpu[1] - fxCpu[0]) / 1e6, (renderCpu[1] - renderCpu[0]) / 1e6};
    }

    /** CPU time of the toolkit's render thread (the headless software renderer draws there). */
    private static long rendererCpu() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("QuantumRenderer"))
                .mapToLong(t -> Math.max(0, threads.getThreadCpuTime(t.getId()))).sum();
    }

    private static Object scrollToTheEnd(ProfileListViewModel list) throws Exception {
        WaitForAsyncUtils.asyncFx(list::refresh).get();
        while (true) {
            Boolean more = WaitForAsyncUtils.asyncFx(() -> {
                if (!list.loadingProperty().get()) {
                    list.rowShown(list.rows().size() - 1);
                }
                return list.hasMore() || list.loadingProperty().get();
            }).get();
            if (!more) {
                return list.rows().size();
            }
        }
    }

    private static double filterRoundTrip(ProfileListViewModel list, String text) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> list.filterTextProperty().set("")).get();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !list.loadingProperty().get()
                && list.rows().stream().anyMatch(row -> !row.name().contains(text)));
        long start = System.nanoTime();
        WaitForAsyncUtils.asyncFx(() -> list.filterTextProperty().set(text)).get();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !list.loadingProperty().get() && !list.rows().isEmpty()
                && list.rows().stream().allMatch(row -> row.name().contains(text)));
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(Callable<?> work) throws Exception {
        work.call();
        double[] times = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            times[i] = time(work);
        }
        Arrays.sort(times);
        return times[RUNS / 2];
    }

    /** Median of values the work measured itself (e.g. excluding its own set-up). */
    private static double medianOfMeasured(Callable<Double> work) throws Exception {
        work.call();
        double[] times = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            times[i] = work.call();
        }
        Arrays.sort(times);
        return times[RUNS / 2];
    }

    /** Per-position medians of figures the work measured itself. */
    private static double[] mediansOfMeasured(Callable<double[]> work) throws Exception {
        work.call();
        double[][] runs = new double[RUNS][];
        for (int i = 0; i < RUNS; i++) {
            runs[i] = work.call();
        }
        double[] medians = new double[runs[0].length];
        for (int figure = 0; figure < medians.length; figure++) {
            double[] times = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                times[i] = runs[i][figure];
            }
            Arrays.sort(times);
            medians[figure] = times[RUNS / 2];
        }
        return medians;
    }

    private static double time(Callable<?> work) throws Exception {
        long start = System.nanoTime();
        work.call();
        return (System.nanoTime() - start) / 1e6;
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

    /** The bench never asks the user anything; an error fails it loudly. */
    private static final class NoDialogs implements DialogService {
        @Override public void showInformation(String title, String message) { }
        @Override public void showWarning(String title, String message) { }
        @Override public boolean confirm(String title, String message, String confirmLabel, String cancelLabel) {
            return false;
        }
        @Override public void showError(Throwable failure) {
            throw new IllegalStateException("bench failed", failure);
        }
        @Override public void showError(com.ovconsole.api.model.ErrorMessage error, int httpStatus) {
            throw new IllegalStateException("bench failed: " + error);
        }
        @Override public Optional<Path> chooseSaveFile(String title, String suggestedFileName) {
            return Optional.empty();
        }
        @Override public void notify(String title, String message) { }
    }
}
