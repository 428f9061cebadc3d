package com.ovconsole.bench;

import com.ovconsole.ui.ApplianceView;
import com.ovconsole.ui.FxThemes;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.IntConsumer;
import javafx.beans.InvalidationListener;
import javafx.beans.property.StringProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The measuring loop the paged-list benches share: open a view until its first page is laid out,
 * scroll a list ViewModel to its end, a filter round trip, and medians of repeated runs.
 */
final class ListBenchLoop {

    static final int RUNS = 9;

    private ListBenchLoop() {
    }

    /** What the loop drives of a paged list ViewModel; {@code name} reads a row's name. */
    record PagedViewModel<R>(Runnable refresh, IntConsumer rowShown, List<R> rows, BooleanSupplier hasMore,
            BooleanSupplier loading, StringProperty filterText, Function<R, String> name) {
    }

    /**
     * Opens a view in the stage (as in the console: the window is up, the view becomes its
     * content) and returns once a layout pulse has placed the first page's rows, in ms from the
     * start: [view created, first page in the table, laid out, FX-thread CPU, render-thread CPU].
     */
    static double[] openView(Stage stage, Function<Scene, ApplianceView> create, String tableSelector)
            throws Exception {
        CountDownLatch laidOut = new CountDownLatch(1);
        long[] end = new long[3];
        long[] fxCpu = new long[2];
        long[] renderCpu = new long[2];
        long start = System.nanoTime();
        ApplianceView view = WaitForAsyncUtils.asyncFx(() -> {
            fxCpu[0] = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            renderCpu[0] = rendererCpu();
            if (stage.getScene() == null) {
                Scene first = new Scene(new StackPane(), 1280, 800);
                first.getStylesheets().add(FxThemes.APP_STYLESHEET);
                stage.setScene(first);
                stage.show();
            }
            Scene scene = stage.getScene();
            ApplianceView created = create.apply(scene);
            scene.setRoot((Parent) created.node());
            end[2] = System.nanoTime();
            TableView<?> table = (TableView<?>) created.node().lookup(tableSelector);
            table.getItems().addListener((InvalidationListener) items -> {
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
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("QuantumRenderer"))
                .mapToLong(t -> Math.max(0, threads.getThreadCpuTime(t.getId()))).sum();
    }

    /** Refreshes and shows the last row until the appliance has no more pages; the rows loaded. */
    static int scrollToTheEnd(PagedViewModel<?> list) throws Exception {
        WaitForAsyncUtils.asyncFx(list.refresh()).get();
        while (true) {
            Boolean more = WaitForAsyncUtils.asyncFx(() -> {
                if (!list.loading().getAsBoolean()) {
                    list.rowShown().accept(list.rows().size() - 1);
                }
                return list.hasMore().getAsBoolean() || list.loading().getAsBoolean();
            }).get();
            if (!more) {
                return list.rows().size();
            }
        }
    }

    /** From the unfiltered list, types {@code text} and waits for its rows only (debounce included). */
    static <R> double filterRoundTrip(PagedViewModel<R> list, String text) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> list.filterText().set("")).get();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !list.loading().getAsBoolean()
                && list.rows().stream().anyMatch(row -> !list.name().apply(row).contains(text)));
        long start = System.nanoTime();
        WaitForAsyncUtils.asyncFx(() -> list.filterText().set(text)).get();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !list.loading().getAsBoolean() && !list.rows().isEmpty()
                && list.rows().stream().allMatch(row -> list.name().apply(row).contains(text)));
        return (System.nanoTime() - start) / 1e6;
    }

    static double time(Callable<?> work) throws Exception {
        long start = System.nanoTime();
        work.call();
        return (System.nanoTime() - start) / 1e6;
    }

    /** Median time of {@link #RUNS} calls after a warm-up call. */
    static double median(Callable<?> work) throws Exception {
        return medianOfMeasured(() -> time(work));
    }

    /** Median of values the work measured itself (e.g. excluding its own set-up), after a warm-up. */
    static double medianOfMeasured(Callable<Double> work) throws Exception {
        work.call();
        double[] times = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            times[i] = work.call();
        }
        Arrays.sort(times);
        return times[RUNS / 2];
    }

    /** Per-position medians of figures the work measured itself, after a warm-up. */
    static double[] mediansOfMeasured(Callable<double[]> work) throws Exception {
        work.call();
        double[][] runs = new double[RUNS][];
        for (int i = 0; i < RUNS; i++) {
            runs[i] = work.call();
        }
        double[] medians = new double[runs[0].length];
        for (int figure = 0; figure < medians.length; figure++) {
            double[] values = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                values[i] = runs[i][figure];
            }
            Arrays.sort(values);
            medians[figure] = values[RUNS / 2];
        }
        return medians;
    }

    /** Medians of a baseline and a measured call, timed turn about after a warm-up of both. */
    static double[] interleaved(Callable<?> baseline, Callable<?> measured) throws Exception {
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
}
