package com.ovconsole.app.tour;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;

/**
 * Finds text that is drawn cut: a {@link Labeled} (labels, buttons, tabs, table and list cells)
 * whose skin shows the ellipsis instead of the whole text or whose text runs past its edge, and a
 * text field whose value is wider than the field. Walks only what is visible. Call on the FX
 * thread after layout.
 */
public final class Truncation {

    /** A text is "wider than its label" only beyond this slack (anti-aliasing, rounding). */
    private static final double SLACK = 1.0;

    private Truncation() {
    }

    /** One line per cut text below {@code root}, e.g. {@code Label "Managed by the d…" of "Managed by the demo"}. */
    public static List<String> find(Node root) {
        List<String> found = new ArrayList<>();
        walk(root, found);
        return found;
    }

    private static void walk(Node node, List<String> found) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof Labeled labeled) {
            check(labeled, found);
        } else if (node instanceof TextField field && !(field instanceof PasswordField)) {
            check(field, found);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, found);
            }
        }
    }

    private static void check(Labeled labeled, List<String> found) {
        String text = labeled.getText();
        if (text == null || text.isBlank() || labeled.getWidth() <= 0) {
            return;
        }
        String ellipsis = labeled.getEllipsisString();
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text shown && shown.isVisible()) {
                String drawn = shown.getText() == null ? "" : shown.getText();
                boolean ellipsised = ellipsis != null && !ellipsis.isEmpty() && drawn.contains(ellipsis)
                        && !text.contains(ellipsis);
                Bounds bounds = shown.getBoundsInParent();
                boolean overflows = !labeled.isWrapText() && bounds.getWidth() > 0
                        && (bounds.getMaxX() > labeled.getWidth() + SLACK || bounds.getMinX() < -SLACK);
                if (ellipsised || overflows) {
                    found.add(describe(labeled) + " shows \"" + drawn + "\" of \"" + text + "\"");
                }
            }
        }
    }

    private static void check(TextField field, List<String> found) {
        String text = field.getText();
        if (text == null || text.isEmpty() || field.getWidth() <= 0) {
            return;
        }
        Text measure = new Text(text);
        measure.setFont(field.getFont());
        double room = field.getWidth() - field.getInsets().getLeft() - field.getInsets().getRight();
        if (measure.getLayoutBounds().getWidth() > room + SLACK) {
            found.add(describe(field) + " cuts its value \"" + text + "\"");
        }
    }

    private static String describe(Node node) {
        String id = node.getId() == null ? "" : "#" + node.getId();
        String classes = node.getStyleClass().isEmpty() ? "" : "." + String.join(".", node.getStyleClass());
        return node.getClass().getSimpleName() + id + classes;
    }
}
