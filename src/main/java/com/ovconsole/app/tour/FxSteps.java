package com.ovconsole.app.tour;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;
import javax.imageio.ImageIO;

/**
 * Steps of a scripted walk through the live window, run from a worker thread: read or change the
 * scene on the FX thread, wait for a condition with a deadline, save a node as PNG.
 */
final class FxSteps {

    private static final long POLL_MILLIS = 50;

    private final long timeoutMillis;

    FxSteps(long timeoutMillis) {
        this.timeoutMillis = timeoutMillis;
    }

    /** Runs {@code work} on the FX thread and returns its result; never use it for work that opens a modal dialog. */
    <T> T onFx(Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        try {
            return task.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } catch (Exception e) {
            throw new IllegalStateException("The FX thread did not answer: " + e, e);
        }
    }

    /** Starts {@code action} on the FX thread without waiting: a modal dialog it opens blocks it. */
    void fire(Runnable action) {
        Platform.runLater(() -> {
            try {
                action.run();
            } catch (RuntimeException e) {
                System.getLogger(FxSteps.class.getName()).log(System.Logger.Level.WARNING, "Tour step failed", e);
                throw e;
            }
        });
    }

    /** Waits until the condition (evaluated on the FX thread) holds, then lets two pulses render. */
    void waitUntil(String what, Callable<Boolean> condition) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (!Boolean.TRUE.equals(onFx(() -> safely(condition)))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Timed out waiting for " + what);
            }
            pause();
        }
        settle();
    }

    /** Lets layout, CSS and pending callbacks run before a capture. */
    void settle() {
        for (int i = 0; i < 3; i++) {
            pause();
            onFx(() -> null);
        }
    }

    /** The first node in any showing window that matches. */
    static Optional<Node> find(String selector, Predicate<Node> which) {
        for (Window window : Window.getWindows()) {
            if (window.isShowing() && window.getScene() != null) {
                Optional<Node> found = window.getScene().getRoot().lookupAll(selector).stream().filter(which).findFirst();
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** The showing dialog whose pane has the style class (any dialog when null), once it has its size. */
    static Optional<DialogPane> dialog(String styleClass) {
        return Window.getWindows().stream()
                .filter(window -> window.isShowing() && !Double.isNaN(window.getWidth()))
                .map(window -> window.getScene().getRoot().lookup(".dialog-pane"))
                .filter(pane -> pane instanceof DialogPane
                        && (styleClass == null || pane.getStyleClass().contains(styleClass)))
                .map(DialogPane.class::cast).findFirst();
    }

    /** Renders {@code node} and writes it as PNG (pixels copied by hand: javafx.swing is not used). */
    Path capture(Node node, Path file) {
        BufferedImage image = onFx(() -> pixels(node.snapshot(null, null)));
        try {
            ImageIO.write(image, "png", file.toFile());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write " + file + ": " + e.getMessage(), e);
        }
        return file;
    }

    private static BufferedImage pixels(WritableImage image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        buffered.setRGB(0, 0, width, height, argb, 0, width);
        return buffered;
    }

    private static Boolean safely(Callable<Boolean> condition) {
        try {
            return condition.call();
        } catch (Exception notYet) {
            return false;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
