package com.ovconsole.bench;

import com.ovconsole.api.ApplianceClient;
import com.ovconsole.api.PageQuery;
import com.ovconsole.api.ServerHardwareApi;
import com.ovconsole.api.model.CollectionPage;
import com.ovconsole.api.model.ServerHardware;
import com.ovconsole.ui.ApplianceView;
import com.ovconsole.ui.BackgroundRunner;
import com.ovconsole.ui.ConnectedAppliance;
import com.ovconsole.ui.FxThemes;
import com.ovconsole.ui.FxUiDispatcher;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.Navigator;
import com.ovconsole.ui.Theme;
import com.ovconsole.ui.ViewLoader;
import com.ovconsole.ui.hardware.HardwareModule;
import com.ovconsole.ui.hardware.HardwareServices;
import com.ovconsole.ui.hardware.HardwareViewModel;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Server Hardware tab with 5,000 servers on the simulator (in a JVM of its own): opening it
 * until the first page is laid out, the ViewModel's first page, scrolling through all 5,000 and
 * a filter round trip, each beside the raw client call for the same data in the same run.
 */
class HardwareListBench {

    /** The simulator derives its servers from its profiles: 4,445 + 4,445 / 8 = 5,000. */
    private static final int PROFILES = 4_445;
    private static final int SERVERS = 5_000;
    private static final int RUNS = 9;

    @Test
    void hardwareListWith5000Servers() throws Exception {
        try (SimulatorProcess simulators = SimulatorProcess.start(1, PROFILES, 6)) {
            ConnectedAppliance appliance = simulators.simulators().get(0).connectedAppliance("Bench");
            ApplianceClient client = appliance.client();
            ServerHardwareApi servers = new ServerHardwareApi(client);
            Stage stage = FxToolkit.registerPrimaryStage();
            ExecutorService workers = Executors.newCachedThreadPool(ProfileListBench.daemon());
            ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(ProfileListBench.daemon());
            Messages messages = Messages.load(Locale.ROOT);
            FxUiDispatcher fx = new FxUiDispatcher();
            HardwareServices services = new HardwareServices(new BackgroundRunner(workers, fx), fx, timers,
                    new BenchDialogs(), (a, task, initial, label, user) -> {
                        throw new UnsupportedOperationException();
                    }, messages, Navigator.NONE);
            ViewLoader loader = new ViewLoader(messages, type -> {
                throw new IllegalStateException();
            });
            WaitForAsyncUtils.asyncFx(() -> FxThemes.apply(Theme.LIGHT)).get();
            PageQuery firstPage = PageQuery.ALL.start(0).count(64).sort("name:asc");
            CollectionPage<ServerHardware> sample = servers.page(firstPage);
            if (sample.total() == null || sample.total() != SERVERS) {
                throw new IllegalStateException("expected " + SERVERS + " servers, the simulator has " + sample.total());
            }

            // Turn about with the raw page, so warm-up and machine load fall on both alike.
            double[] firstPages = interleaved(() -> servers.page(firstPage), () -> {
                HardwareViewModel fresh = WaitForAsyncUtils.asyncFx(() -> new HardwareViewModel(appliance, services)).get();
                WaitForAsyncUtils.asyncFx(fresh::refresh).get();
                WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !fresh.rows().isEmpty());
                WaitForAsyncUtils.asyncFx(fresh::close).get();
                return null;
            });
            double firstPageInModel = firstPages[1];
            double rawPage = firstPages[0];
            BenchReport.figure("ViewModel only: refresh -> first page rows", firstPageInModel, "ms", rawPage,
                    "client.page(), measured turn about");
            double[] open = medians(() -> openView(stage, services, loader, appliance));
            BenchReport.figure("open view -> first page in the table (5,000)", open[0], "ms", rawPage,
                    "client.page() of that page");
            BenchReport.figure("open view -> next layout pulse (headless sw)", open[1], "ms", rawPage,
                    "client.page() of that page");
            BenchReport.figure("  first layout over the raw page", open[1] - rawPage, "ms", rawPage,
                    "client.page() of that page");
            BenchReport.figure("  FX-thread CPU, open -> laid out (load-proof)", open[2], "ms", rawPage,
                    "client.page() of that page");

            double rawAll = median(() -> servers.all(firstPage, page -> { }, () -> false));
            HardwareViewModel list = WaitForAsyncUtils.asyncFx(() -> new HardwareViewModel(appliance, services)).get();
            double scroll = median(() -> scrollToTheEnd(list));
            BenchReport.figure("scroll the whole list (5,000 rows)", scroll, "ms", rawAll, "servers.all() same query");

            PageQuery filtered = firstPage.filter(ServerHardwareApi.nameContains("CN75154350H"));
            double rawFilter = median(() -> servers.page(filtered));
            double filter = medianOf(() -> filterRoundTrip(list, "CN75154350H"));
            BenchReport.figure("filter round trip minus the 300 ms debounce", filter - 300, "ms", rawFilter,
                    "client.page() filtered");
            WaitForAsyncUtils.asyncFx(list::close).get();
            timers.shutdownNow();
            workers.shutdownNow();
        }
    }

    /**
     * Opens the tab in the stage; returns [first page in the table, laid out] in ms from the start,
     * and the FX thread's CPU time meanwhile (what a loaded machine does not inflate).
     */
    private static double[] openView(Stage stage, HardwareServices services, ViewLoader loader,
            ConnectedAppliance appliance) throws Exception {
        CountDownLatch laidOut = new CountDownLatch(1);
        long[] end = new long[2];
        long[] fxCpu = new long[2];
        long start = System.nanoTime();
        ApplianceView view = WaitForAsyncUtils.asyncFx(() -> {
            fxCpu[0] = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            if (stage.getScene() == null) {
                Scene first = new Scene(new StackPane(), 1280, 800);
                first.getStylesheets().add(FxThemes.APP_STYLESHEET);
                stage.setScene(first);
                stage.show();
            }
            Scene scene = stage.getScene();
            ApplianceView created = new HardwareModule(services, loader).hardware(appliance);
            scene.setRoot((Parent) created.node());
            TableView<?> table = (TableView<?>) created.node().lookup(".hardware-table");
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
                        fxCpu[1] = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
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
        return new double[] {(end[0] - start) / 1e6, (end[1] - start) / 1e6, (fxCpu[1] - fxCpu[0]) / 1e6};
    }

    private static Object scrollToTheEnd(HardwareViewModel list) throws Exception {
        WaitForAsyncUtils.asyncFx(list::refresh).get();
        while (true) {
            Boolean more = WaitForAsyncUtils.asyncFx(() -> {
                if (!list.loadingProperty().get()) {
                    list.rowShown(list.rows().size() - 1);
                }
                return list.hasMore() || list.loadingProperty().get();
            }).get();
            if (!more) {
                if (list.rows().size() != SERVERS) {
                    throw new IllegalStateException("scrolled to " + list.rows().size() + " rows");
                }
                return null;
            }
        }
    }

    private static double filterRoundTrip(HardwareViewModel list, String text) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> list.filterTextProperty().set("")).get();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !list.loadingProperty().get()
                && list.rows().stream().anyMatch(row -> !row.name().contains(text)));
        long start = System.nanoTime();
        WaitForAsyncUtils.asyncFx(() -> list.filterTextProperty().set(text)).get();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !list.loadingProperty().get() && !list.rows().isEmpty()
                && list.rows().stream().allMatch(row -> row.name().contains(text)));
        return (System.nanoTime() - start) / 1e6;
    }

    /** Medians of a baseline and a measured call, timed turn about after a warm-up of both. */
    private static double[] interleaved(Callable<?> baseline, Callable<?> measured) throws Exception {
        baseline.call();
        measured.call();
        double[][] times = new double[2][RUNS];
        for (int i = 0; i < RUNS; i++) {
            times[0][i] = time(baseline);
            times[1][i] = time(measured);
        }
        Arrays.sort(times[0]);
        Arrays.sort(times[1]);
        return new double[] {times[0][RUNS / 2], times[1][RUNS / 2]};
    }

    private static double time(Callable<?> work) throws Exception {
        long start = System.nanoTime();
        work.call();
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(Callable<?> work) throws Exception {
        return medianOf(() -> {
            long start = System.nanoTime();
            work.call();
            return (System.nanoTime() - start) / 1e6;
        });
    }

    /** Median of values the work measured itself, after one warm-up run. */
    private static double medianOf(Callable<Double> work) throws Exception {
        work.call();
        double[] times = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            times[i] = work.call();
        }
        Arrays.sort(times);
        return times[RUNS / 2];
    }

    private static double[] medians(Callable<double[]> work) throws Exception {
        work.call();
        double[][] runs = new double[RUNS][];
        for (int i = 0; i < RUNS; i++) {
            runs[i] = work.call();
        }
        double[] result = new double[runs[0].length];
        for (int figure = 0; figure < result.length; figure++) {
            double[] values = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                values[i] = runs[i][figure];
            }
            Arrays.sort(values);
            result[figure] = values[RUNS / 2];
        }
        return result;
    }

    /** The bench asks nothing; an error fails it loudly. */
    private static final class BenchDialogs implements com.ovconsole.ui.DialogService {
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
        @Override public java.util.Optional<java.nio.file.Path> chooseSaveFile(String title, String name) {
            return java.util.Optional.empty();
        }
        @Override public void notify(String title, String message) { }
    }
}
