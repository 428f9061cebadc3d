package com.ovconsole.ui.hardware;

import java.util.List;
import javafx.scene.control.TableCell;
import org.kordamp.ikonli.javafx.FontIcon;

/** A server's power state: a power icon, lit when on, a clock while a power task runs. */
final class PowerCell extends TableCell<HardwareRow, HardwareRow> {

    private static final List<String> KINDS = List.of("power-on", "power-off", "power-changing", "power-unknown");

    private final FontIcon icon = new FontIcon("fth-power");

    PowerCell() {
        icon.getStyleClass().add("power-icon");
    }

    @Override
    protected void updateItem(HardwareRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        boolean changing = row.busy() || row.power().isChanging();
        String kind = changing ? "power-changing" : switch (row.power()) {
            case ON -> "power-on";
            case OFF -> "power-off";
            default -> "power-unknown";
        };
        icon.setIconLiteral(changing ? "fth-clock" : "fth-power");
        icon.getStyleClass().removeAll(KINDS);
        icon.getStyleClass().add(kind);
        setGraphic(icon);
        setText(row.powerText());
    }
}
