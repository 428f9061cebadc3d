package com.ovconsole.app.tour;

import com.ovconsole.app.mode.RunMode;
import com.ovconsole.ui.Theme;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Window;
import javax.imageio.ImageIO;

/**
 * Takes each tour picture twice, light and dark, as {@code NN-name-light.png} / {@code -dark.png};
 * checks each screen for cut text; compares with an earlier run when asked; writes the contact
 * sheet {@code index.html}.
 */
final class Shots {

    /** No caret, no moving indeterminate bar: what makes a picture depend on the moment it was taken. */
    private static final String STILL_CSS = Shots.class.getResource("tour.css").toExternalForm();

    private record Shot(String file, String caption) {
    }

    private final FxSteps steps;
    private final RunMode.Console console;
    private final Path folder;
    private final Path compareWith;
    private final List<String> findings;
    private final PrintStream out;
    private final List<Shot> shots = new ArrayList<>();
    private int number;
    private int differing;

    Shots(FxSteps steps, RunMode.Console console, Path folder, Path compareWith, List<String> findings,
            PrintStream out) {
        this.steps = steps;
        this.console = console;
        this.folder = folder;
        this.compareWith = compareWith;
        this.findings = findings;
        this.out = out;
    }

    /** The whole main window. */
    void window(String name, String caption) {
        take(name, caption, () -> console.stage().getScene().getRoot());
    }

    /** The showing dialog whose pane has {@code styleClass} (any dialog when null). */
    void dialog(String styleClass, String name, String caption) {
        take(name, caption, () -> {
            DialogPane pane = FxSteps.dialog(styleClass).orElseThrow(
                    () -> new IllegalStateException("No dialog " + styleClass + " for " + name));
            return pane.getScene().getRoot();
        });
    }

    private void take(String name, String caption, Callable<Node> what) {
        number++;
        String base = String.format(Locale.ROOT, "%02d-%s", number, name);
        // Only checking (no folder): one theme is enough, both have the same metrics.
        for (Theme theme : folder == null ? List.of(Theme.LIGHT) : List.of(Theme.LIGHT, Theme.DARK)) {
            steps.onFx(() -> {
                console.window().useTheme(theme);
                Node root = what.call();
                startOfRows(root);
                Scene scene = root.getScene();
                if (!scene.getStylesheets().contains(STILL_CSS)) {
                    scene.getStylesheets().add(STILL_CSS);
                }
                return null;
            });
            steps.settle();
            String file = base + "-" + theme.name().toLowerCase(Locale.ROOT) + ".png";
            List<String> cut = steps.onFx(() -> Truncation.find(what.call()));
            synchronized (findings) {
                cut.forEach(line -> findings.add(file + ": " + line));
            }
            if (folder != null) {
                Path saved = steps.capture(steps.onFx(what), folder.resolve(file));
                compare(saved);
            }
            shots.add(new Shot(file, caption + (theme == Theme.DARK ? " (dark)" : "")));
        }
        steps.onFx(() -> {
            console.window().useTheme(Theme.LIGHT);
            return null;
        });
        steps.settle();
    }

    /**
     * Tables and lists shown from their first column: how far one is scrolled sideways depends
     * on when its columns were fitted, which differs from run to run.
     */
    private static void startOfRows(Node root) {
        for (Node node : root.lookupAll(".scroll-bar")) {
            if (!(node instanceof ScrollBar bar) || !(bar.getParent() instanceof VirtualFlow<?>)) {
                continue;
            }
            // Sideways always from the first column; downwards only "at the top" made exact (a
            // fraction of a pixel left by reading pages ahead shifts the row lines' anti-aliasing).
            if (bar.getOrientation() == Orientation.HORIZONTAL || bar.getValue() - bar.getMin() < 1) {
                bar.setValue(bar.getMin());
            }
        }
    }

    private void compare(Path saved) {
        if (compareWith == null) {
            return;
        }
        Path other = compareWith.resolve(saved.getFileName());
        try {
            if (!Files.exists(other) || !samePixels(ImageIO.read(saved.toFile()), ImageIO.read(other.toFile()))) {
                differing++;
                out.println("Differs from the earlier run: " + saved.getFileName());
            }
        } catch (IOException e) {
            differing++;
            out.println("Cannot compare " + saved.getFileName() + ": " + e.getMessage());
        }
    }

    private static boolean samePixels(BufferedImage a, BufferedImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return false;
        }
        int[] left = a.getRGB(0, 0, a.getWidth(), a.getHeight(), null, 0, a.getWidth());
        int[] right = b.getRGB(0, 0, b.getWidth(), b.getHeight(), null, 0, b.getWidth());
        return java.util.Arrays.equals(left, right);
    }

    int count() {
        return shots.size();
    }

    int differing() {
        return differing;
    }

    /** The contact sheet: every picture with its caption, light beside dark. */
    void finish() throws IOException {
        if (folder == null) {
            return;
        }
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>OneView Console: screenshot tour</title>
                <style>body{font-family:sans-serif;margin:24px}figure{display:inline-block;margin:0 16px 24px 0;\
                vertical-align:top}img{width:480px;border:1px solid #ccc}figcaption{font-size:14px;max-width:480px}</style>
                </head><body><h1>OneView Console: screenshot tour</h1>
                """);
        for (Shot shot : shots) {
            html.append("<figure><a href=\"").append(shot.file()).append("\"><img src=\"").append(shot.file())
                    .append("\" alt=\"").append(escape(shot.caption())).append("\"></a><figcaption>")
                    .append(escape(shot.caption())).append(" <code>").append(shot.file())
                    .append("</code></figcaption></figure>\n");
        }
        html.append("</body></html>\n");
        Files.writeString(folder.resolve("index.html"), html, StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** What was on screen when a step failed: every window as tour-failure-N.png. */
    void captureFailure() {
        if (folder == null) {
            return;
        }
        try {
            List<Window> windows = steps.onFx(() -> List.copyOf(Window.getWindows()));
            for (int i = 0; i < windows.size(); i++) {
                steps.capture(windows.get(i).getScene().getRoot(), folder.resolve("tour-failure-" + i + ".png"));
            }
        } catch (RuntimeException e) {
            out.println("No failure screenshot: " + e.getMessage());
        }
    }
}
