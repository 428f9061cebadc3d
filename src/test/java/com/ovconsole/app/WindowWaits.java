package com.ovconsole.app;

import com.ovconsole.ui.Snapshots;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Labeled;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Waits on conditions in the composed console window (never sleeps). On a timeout every open
 * window is saved as {@code target/screenshots/<prefix>-N.png} so the failure shows what was on
 * screen.
 */
final class WindowWaits {

    private final FxRobot robot;
    private final int seconds;
    private final String failurePrefix;

    WindowWaits(FxRobot robot, int seconds, String failurePrefix) {
        this.robot = robot;
        this.seconds = seconds;
        this.failurePrefix = failurePrefix;
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
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
            WaitForAsyncUtils.waitForFxEvents();
        } catch (TimeoutException timeout) {
            WaitForAsyncUtils.asyncFx(() -> {
                List<Window> windows = new ArrayList<>(Window.getWindows());
                for (int i = 0; i < windows.size(); i++) {
                    Snapshots.save(windows.get(i).getScene().getRoot(), failurePrefix + "-" + i + ".png");
                }
            }).get();
            throw new AssertionError("Timed out: " + what + " (see target/screenshots/" + failurePrefix + "-*.png)",
                    timeout);
        }
    }
}
