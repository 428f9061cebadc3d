package com.ovconsole.ui.profiles.list;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.TableCell;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A status with its icon: OK (check), Warning (triangle), Critical (cross), others (circle). One
 * icon per cell, re-pointed on reuse: a new node per update costs CSS work on every scroll.
 */
final class StatusCell extends TableCell<ProfileRow, String> {

    private static final List<String> KINDS = List.of("ok", "warning", "critical", "disabled", "unknown");

    private final FontIcon icon = new FontIcon("fth-help-circle");

    StatusCell() {
        icon.getStyleClass().add("status-icon");
    }

    @Override
    protected void updateItem(String status, boolean empty) {
        super.updateItem(status, empty);
        if (empty || status == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        String kind = status.toLowerCase(Locale.ROOT);
        icon.setIconLiteral(switch (kind) {
            case "ok" -> "fth-check-circle";
            case "warning" -> "fth-alert-triangle";
            case "critical" -> "fth-x-octagon";
            case "disabled" -> "fth-slash";
            default -> "fth-help-circle";
        });
        icon.getStyleClass().removeAll(KINDS);
        icon.getStyleClass().add(KINDS.contains(kind) ? kind : "unknown");
        setGraphic(icon);
        setText(status);
    }
}
