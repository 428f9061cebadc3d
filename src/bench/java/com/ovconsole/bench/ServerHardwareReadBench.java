package com.ovconsole.bench;

import com.ovconsole.api.AlertsApi;
import com.ovconsole.api.ApplianceClient;
import com.ovconsole.api.Credentials;
import com.ovconsole.api.PageQuery;
import com.ovconsole.api.ServerHardwareApi;
import com.ovconsole.sim.ApplianceSimulator;
import com.ovconsole.sim.SimulatorConfig;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reading 5,000 servers and their alerts through the typed calls, each beside the untyped read
 * of the same pages (JSON trees only) measured in the same run: the cost of the records.
 */
class ServerHardwareReadBench {

    private static final int SERVERS = 5_000;
    private static final int RUNS = 9;

    @Test
    void serverHardwareAt5000() throws Exception {
        SimulatorConfig config = SimulatorConfig.builder().port(0).profiles(4_000).servers(SERVERS).build();
        long started = System.nanoTime();
        try (ApplianceSimulator simulator = ApplianceSimulator.start(config)) {
            double startMs = (System.nanoTime() - started) / 1e6;
            try (ApplianceClient client = ApplianceClient.builder("127.0.0.1:" + simulator.port())
                    .pinnedSha256(simulator.certificateSha256()).build()) {
                client.negotiate();
                client.login(new Credentials(config.user(), config.password().toCharArray(), "LOCAL", true));
                ServerHardwareApi servers = new ServerHardwareApi(client);
                AlertsApi alerts = new AlertsApi(client);
                PageQuery byName = PageQuery.ALL.start(0).count(64).sort("name:asc");

                double[] pages = interleaved(() -> client.page(ServerHardwareApi.BASE, byName, ObjectNode.class),
                        () -> servers.page(byName));
                double rawPage = pages[0];
                double typedPage = pages[1];
                BenchReport.figure("first page of 5,000 servers, typed", typedPage, "ms", rawPage,
                        "same page as JSON trees");
                double[] alls = interleaved(() -> client.allPages(ServerHardwareApi.BASE, byName, ObjectNode.class,
                        page -> { }, () -> false), () -> servers.all(byName, page -> { }, () -> false));
                double rawAll = alls[0];
                double typedAll = alls[1];
                BenchReport.figure("all 5,000 servers (79 pages), typed", typedAll, "ms", rawAll,
                        "same pages as JSON trees");
                PageQuery filtered = byName.filter(ServerHardwareApi.nameContains("CN75154350H"));
                double filter = median(() -> servers.page(filtered));
                BenchReport.figure("name filter on the appliance (5,000)", filter, "ms", rawPage, "unfiltered raw page");
                double open = median(() -> alerts.all(AlertsApi.open(), page -> { }, () -> false));
                BenchReport.value("open alerts: " + alerts.all(AlertsApi.open(), p -> { }, () -> false).size()
                        + " read in", open, "ms");
                BenchReport.value("simulator start with 4,000 profiles, 5,000 servers", startMs, "ms");
            }
        }
    }

    /** Medians of two calls measured turn about, so warm-up and machine load fall on both alike. */
    private static double[] interleaved(Callable<?> baseline, Callable<?> measured) throws Exception {
        double[][] times = new double[2][RUNS];
        for (int i = 0; i < 3; i++) {
            baseline.call();
            measured.call();
        }
        for (int i = 0; i < RUNS; i++) {
            times[0][i] = time(baseline);
            times[1][i] = time(measured);
        }
        Arrays.sort(times[0]);
        Arrays.sort(times[1]);
        return new double[] {times[0][RUNS / 2], times[1][RUNS / 2]};
    }

    private static double time(Callable<?> call) throws Exception {
        long start = System.nanoTime();
        call.call();
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(Callable<?> call) throws Exception {
        for (int i = 0; i < 3; i++) {
            call.call(); // warm-up: JIT and the simulator's caches, so the median compares like with like
        }
        double[] times = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            call.call();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times[RUNS / 2];
    }
}
