package com.ovconsole.app;

import com.ovconsole.testing.FxWaits;
import com.ovconsole.ui.Snapshots;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.controlsfx.control.StatusBar;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Waits on conditions in the composed console window (never sleeps). On a timeout every open
 * window is saved as {@code target/screenshots/<prefix>-N.png} and what the next person needs
 * goes to stdout: every window (title, showing, focused) with its focus owner, the status bar,
 * and whatever the test adds (the appliance list's items), so a CI failure can be read from
 * its log.
 */
final class WindowWaits {

    private final FxRobot robot;
    private final int seconds;
    private final String failurePrefix;
    private final Supplier<String> more;

    WindowWaits(FxRobot robot, int seconds, String failurePrefix) {
        this(robot, seconds, failurePrefix, () -> "");
    }

    /** {@code more} (read on the FX thread) is added to the report of a timed-out wait. */
    WindowWaits(FxRobot robot, int seconds, String failurePrefix, Supplier<String> more) {
        this.robot = robot;
        this.seconds = seconds;
        this.failurePrefix = failurePrefix;
        this.more = Objects.requireNonNull(more, "more");
    }

    /** Until a node matching {@code selector} is in a window that has been laid out. */
    void forNode(String selector) throws Exception {
        until("no " + selector, () -> robot.lookup(selector).tryQuery()
                .map(node -> node.getScene() != null && !Double.isNaN(node.getScene().getWindow().getWidth()))
                .orElse(false));
    }

    /** Until a label or button shows text containing {@code text}. */
    void forText(String text) throws Exception {
        until("no label with " + text, () -> robot.lookup(".label")
                .match((Labeled label) -> label.getText() != null && label.getText().contains(text))
                .tryQuery().isPresent());
    }

    void until(String what, Callable<Boolean> condition) throws Exception {
        try {
            FxWaits.waitFor(seconds, TimeUnit.SECONDS, condition);
            WaitForAsyncUtils.waitForFxEvents();
        } catch (TimeoutException timeout) {
            String report = report(what);
            System.out.println(report);
            throw new AssertionError("Timed out: " + what + " (see target/screenshots/" + failurePrefix
                    + "-*.png and the report on stdout)\n" + report, timeout);
        }
    }

    /** The screenshots and the state of the windows; a blocked FX thread is reported with its stack. */
    private String report(String what) {
        StringBuilder report = new StringBuilder("=== ").append(failurePrefix).append(": timed out: ").append(what)
                .append('\n');
        try {
            report.append(WaitForAsyncUtils.asyncFx(this::describeWindows).get(10, TimeUnit.SECONDS));
        } catch (Exception | AssertionError failed) {
            report.append("The FX thread did not answer (").append(failed).append("); its stack:\n");
            Thread.getAllStackTraces().forEach((thread, stack) -> {
                if (thread.getName().contains("JavaFX Application Thread")) {
                    for (StackTraceElement frame : stack) {
                        report.append("    at ").append(frame).append('\n');
                    }
                }
            });
        }
        return report.append("=== end of ").append(failurePrefix).append(" report").toString();
    }

    /** On the FX thread. */
    private String describeWindows() {
        StringBuilder text = new StringBuilder();
        List<Window> windows = new ArrayList<>(Window.getWindows());
        for (int i = 0; i < windows.size(); i++) {
            Window window = windows.get(i);
            Scene scene = window.getScene();
            text.append("window ").append(i).append(": ").append(window.getClass().getSimpleName())
                    .append(window instanceof Stage stage ? " \"" + stage.getTitle() + "\"" : "")
                    .append(window.isShowing() ? " showing" : " hidden")
                    .append(window.isFocused() ? ", FOCUSED" : "")
                    .append(", focus owner: ").append(scene == null ? "-" : describe(scene.getFocusOwner()))
                    .append('\n');
            if (scene != null && window.isShowing()) {
                try {
                    Snapshots.save(scene.getRoot(), failurePrefix + "-" + i + ".png");
                } catch (RuntimeException notSaved) {
                    text.append("  (no screenshot: ").append(notSaved).append(")\n");
                }
            }
        }
        text.append("status bar: ").append(robot.lookup(".status-bar").tryQueryAs(StatusBar.class)
                .map(StatusBar::getText).orElse("(none)")).append('\n');
        return text.append(more.get()).toString();
    }

    private static String describe(Node node) {
        if (node == null) {
            return "none";
        }
        String text = node instanceof Labeled labeled ? " \"" + labeled.getText() + "\"" : "";
        return node.getClass().getSimpleName() + (node.getId() != null ? "#" + node.getId() : "")
                + node.getStyleClass().stream().map(style -> "." + style).reduce("", String::concat) + text;
    }
}
