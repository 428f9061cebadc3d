package com.ovconsole.bench;

import static com.ovconsole.bench.ListBenchLoop.filterRoundTrip;
import static com.ovconsole.bench.ListBenchLoop.interleaved;
import static com.ovconsole.bench.ListBenchLoop.median;
import static com.ovconsole.bench.ListBenchLoop.medianOfMeasured;
import static com.ovconsole.bench.ListBenchLoop.mediansOfMeasured;
import static com.ovconsole.bench.ListBenchLoop.openView;
import static com.ovconsole.bench.ListBenchLoop.scrollToTheEnd;

import com.ovconsole.api.ApplianceClient;
import com.ovconsole.api.PageQuery;
import com.ovconsole.api.ServerHardwareApi;
import com.ovconsole.api.model.CollectionPage;
import com.ovconsole.api.model.ServerHardware;
import com.ovconsole.ui.BackgroundRunner;
import com.ovconsole.ui.ConnectedAppliance;
import com.ovconsole.ui.FxThemes;
import com.ovconsole.ui.FxUiDispatcher;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.Navigator;
import com.ovconsole.ui.Theme;
import com.ovconsole.ui.ViewLoader;
import com.ovconsole.ui.hardware.HardwareModule;
import com.ovconsole.ui.hardware.HardwareRow;
import com.ovconsole.ui.hardware.HardwareServices;
import com.ovconsole.ui.hardware.HardwareViewModel;
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
 * The Server Hardware tab with 5,000 servers on the simulator (in a JVM of its own): opening it
 * until the first page is laid out, the ViewModel's first page, scrolling through all 5,000 and
 * a filter round trip, each beside the raw client call for the same data in the same run.
 */
class HardwareListBench {

    /** The simulator derives its servers from its profiles: 4,445 + 4,445 / 8 = 5,000. */
    private static final int PROFILES = 4_445;
    private static final int SERVERS = 5_000;

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
            double[] open = mediansOfMeasured(() -> openView(stage,
                    scene -> new HardwareModule(services, loader).hardware(appliance), ".hardware-table"));
            BenchReport.figure("open view -> first page in the table (5,000)", open[1], "ms", rawPage,
                    "client.page() of that page");
            BenchReport.figure("open view -> next layout pulse (headless sw)", open[2], "ms", rawPage,
                    "client.page() of that page");
            BenchReport.figure("  first layout over the raw page", open[2] - rawPage, "ms", rawPage,
                    "client.page() of that page");
            BenchReport.figure("  FX-thread CPU, open -> laid out (load-proof)", open[3], "ms", rawPage,
                    "client.page() of that page");

            double rawAll = median(() -> servers.all(firstPage, page -> { }, () -> false));
            HardwareViewModel list = WaitForAsyncUtils.asyncFx(() -> new HardwareViewModel(appliance, services)).get();
            double scroll = median(() -> {
                int loaded = scrollToTheEnd(driven(list));
                if (loaded != SERVERS) {
                    throw new IllegalStateException("scrolled to " + loaded + " rows");
                }
                return null;
            });
            BenchReport.figure("scroll the whole list (5,000 rows)", scroll, "ms", rawAll, "servers.all() same query");

            PageQuery filtered = firstPage.filter(ServerHardwareApi.nameContains("CN75154350H"));
            double rawFilter = median(() -> servers.page(filtered));
            double filter = medianOfMeasured(() -> filterRoundTrip(driven(list), "CN75154350H"));
            BenchReport.figure("filter round trip minus the 300 ms debounce", filter - 300, "ms", rawFilter,
                    "client.page() filtered");
            WaitForAsyncUtils.asyncFx(list::close).get();
            timers.shutdownNow();
            workers.shutdownNow();
        }
    }

    private static ListBenchLoop.PagedViewModel<HardwareRow> driven(HardwareViewModel list) {
        return new ListBenchLoop.PagedViewModel<>(list::refresh, list::rowShown, list.rows(), list::hasMore,
                () -> list.loadingProperty().get(), list.filterTextProperty(), HardwareRow::name);
    }
}
