package com.ovconsole.ui.hardware;

import java.util.List;
import javafx.scene.control.TableCell;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A server's health with its icon, as the profile list shows a status: OK (check), Warning
 * (triangle), Critical (octagon), others (circle, with the appliance's word). One icon per cell.
 */
final class HealthCell extends TableCell<HardwareRow, HardwareRow> {

    private static final List<String> KINDS = List.of("ok", "warning", "critical", "disabled", "unknown");

    private final FontIcon icon = new FontIcon("fth-help-circle");

    HealthCell() {
        icon.getStyleClass().add("status-icon");
    }

    @Override
    protected void updateItem(HardwareRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        String kind = switch (row.health()) {
            case OK -> "ok";
            case WARNING -> "warning";
            case CRITICAL -> "critical";
            case DISABLED -> "disabled";
            default -> "unknown";
        };
        icon.setIconLiteral(switch (row.health()) {
            case OK -> "fth-check-circle";
            case WARNING -> "fth-alert-triangle";
            case CRITICAL -> "fth-x-octagon";
            case DISABLED -> "fth-slash";
            default -> "fth-help-circle";
        });
        icon.getStyleClass().removeAll(KINDS);
        icon.getStyleClass().add(kind);
        setGraphic(icon);
        setText(row.healthText());
    }
}
