package com.ovconsole.ui.alerts;

import com.ovconsole.api.model.HealthStatus;
import java.util.List;
import javafx.scene.control.TableCell;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A severity with its icon: Critical (octagon), Warning (triangle), OK (check), Unknown and values
 * this console does not know (circled question mark, the text as the appliance sent it).
 */
final class SeverityCell extends TableCell<AlertRow, String> {

    private static final List<String> KINDS = List.of("ok", "warning", "critical", "unknown");

    private final FontIcon icon = new FontIcon("fth-help-circle");

    SeverityCell() {
        icon.getStyleClass().add("status-icon");
    }

    @Override
    protected void updateItem(String severity, boolean empty) {
        super.updateItem(severity, empty);
        if (empty || severity == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        point(icon, HealthStatus.parse(severity));
        setGraphic(icon);
        setText(severity);
    }

    /** Points {@code icon} at the look of {@code level} (also used by the details pane). */
    static void point(FontIcon icon, HealthStatus level) {
        String kind = switch (level) {
            case OK -> "ok";
            case WARNING -> "warning";
            case CRITICAL -> "critical";
            default -> "unknown";
        };
        icon.setIconLiteral(switch (kind) {
            case "ok" -> "fth-check-circle";
            case "warning" -> "fth-alert-triangle";
            case "critical" -> "fth-x-octagon";
            default -> "fth-help-circle";
        });
        icon.getStyleClass().removeAll(KINDS);
        icon.getStyleClass().add(kind);
    }
}
