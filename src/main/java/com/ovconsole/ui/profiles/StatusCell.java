package com.ovconsole.ui.profiles;

import java.util.Locale;
import javafx.scene.control.TableCell;
import org.kordamp.ikonli.javafx.FontIcon;

/** A status with its icon: OK (check), Warning (triangle), Critical (cross), others (circle). */
final class StatusCell extends TableCell<ProfileRow, String> {

    @Override
    protected void updateItem(String status, boolean empty) {
        super.updateItem(status, empty);
        if (empty || status == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        String kind = status.toLowerCase(Locale.ROOT);
        FontIcon icon = new FontIcon(switch (kind) {
            case "ok" -> "fth-check-circle";
            case "warning" -> "fth-alert-triangle";
            case "critical" -> "fth-x-octagon";
            case "disabled" -> "fth-slash";
            default -> "fth-help-circle";
        });
        icon.getStyleClass().addAll("status-icon", kind);
        setGraphic(icon);
        setText(status);
    }
}
