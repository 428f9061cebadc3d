package com.ovconsole.bench;

import com.ovconsole.ui.ApplianceView;
import com.ovconsole.ui.ConnectedAppliance;
import com.ovconsole.ui.Controllers;
import com.ovconsole.ui.FxThemes;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.Theme;
import com.ovconsole.ui.ViewLoader;
import com.ovconsole.ui.dialogs.ModalDialogs;
import com.ovconsole.ui.profiles.list.ProfilesModule;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The heap goal checked for real: a JVM of its own with {@code -Xmx256m} opens the Server Profiles
 * view and scrolls its table to the last of the 10,000 profiles. It prints its sampled peak and
 * exits 0, or reports what failed (an OutOfMemoryError included) and exits non-zero.
 */
final class ProfileListHeapCheck {

    private static final int PROFILES = 10_000;
    private static final List<String> TOOLKIT_PROPERTIES = List.of("testfx.robot", "testfx.headless",
            "glass.platform", "monocle.platform", "prism.order", "prism.text", "java.awt.headless");

    private ProfileListHeapCheck() {
    }

    /** Runs the check in a child JVM against {@code simulator} and prints its verdict as BENCH lines. */
    static void runIn256MiB(SimulatorProcess.Remote simulator) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m"));
        for (String property : TOOLKIT_PROPERTIES) {
            if (System.getProperty(property) != null) {
                command.add("-D" + property + "=" + System.getProperty(property));
            }
        }
        command.addAll(List.of("-cp", SimulatorProcess.classPath(), ProfileListHeapCheck.class.getName(),
                Integer.toString(simulator.port()), simulator.certificateSha256()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String verdict = "no answer";
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("HEAPCHECK ")) {
                    verdict = line.substring("HEAPCHECK ".length());
                }
            }
        }
        int exit = child.waitFor();
        System.out.println("BENCH -Xmx256m child: open the view, scroll the table to row 10,000: "
                + (exit == 0 ? "ran within the heap" : "FAILED (exit " + exit + ")") + "; " + verdict);
    }

    public static void main(String[] args) throws Exception {
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> {
            System.out.println("HEAPCHECK " + failure + " on " + thread.getName());
            System.out.flush();
            Runtime.getRuntime().halt(3);
        });
        SimulatorProcess.Remote simulator = new SimulatorProcess.Remote(Integer.parseInt(args[0]), args[1]);
        ConnectedAppliance appliance = simulator.connectedAppliance("Heap check");
        Stage stage = FxToolkit.registerPrimaryStage();
        ExecutorService workers = Executors.newCachedThreadPool(ProfileListBench.daemon());
        ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(ProfileListBench.daemon());
        Messages messages = Messages.load(Locale.ROOT);
        ViewLoader loader = new ViewLoader(messages, type -> { throw new IllegalStateException(); });
        ProfileListBench.HeapSampler heap = ProfileListBench.HeapSampler.start();
        TableView<?> table = WaitForAsyncUtils.asyncFx(() -> {
            FxThemes.apply(Theme.LIGHT);
            ApplianceView view = new ProfilesModule(ProfileListBench.services(workers, timers, messages), loader,
                    new ModalDialogs(() -> stage, loader, new Controllers(), messages)).profiles(appliance);
            Scene scene = new Scene((Parent) view.node(), 1280, 800);
            scene.getStylesheets().add(FxThemes.APP_STYLESHEET);
            stage.setScene(scene);
            stage.show();
            return (TableView<?>) view.node().lookup(".profile-table");
        }).get();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        int rows = 0;
        while (rows < PROFILES && System.nanoTime() < deadline) {
            rows = WaitForAsyncUtils.asyncFx(() -> {
                table.scrollTo(Math.max(0, table.getItems().size() - 1));
                return table.getItems().size();
            }).get();
            WaitForAsyncUtils.waitForFxEvents();
        }
        long peak = heap.stop();
        System.out.printf(Locale.ROOT, "HEAPCHECK %d rows in the table, peak used heap %.1f MB of max %.1f MB%n",
                rows, peak / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
        System.out.flush();
        Runtime.getRuntime().halt(rows == PROFILES ? 0 : 1);
    }
}
