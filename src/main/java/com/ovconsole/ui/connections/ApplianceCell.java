package com.ovconsole.ui.connections;

import com.ovconsole.ui.Messages;
import javafx.beans.InvalidationListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** One appliance row: status dot, name, host, and "API 3800 · Administrator" or the status. */
final class ApplianceCell extends ListCell<ApplianceItem> {

    private static final PseudoClass CERTIFICATE_CHANGED = PseudoClass.getPseudoClass("certificate-changed");

    private final Messages messages;
    private final Region dot = new Region();
    /** In place of the dot while the appliance's certificate changed: not a colour alone. */
    private final FontIcon certificateIcon = new FontIcon("fth-shield-off");
    private final Label name = new Label();
    private final Label host = new Label();
    private final Label state = new Label();
    private final HBox row;
    private final InvalidationListener refresh = observable -> show(getItem());

    ApplianceCell(Messages messages) {
        this.messages = messages;
        dot.getStyleClass().add("status-dot");
        certificateIcon.getStyleClass().add("certificate-changed-icon");
        certificateIcon.setVisible(false);
        certificateIcon.setManaged(false);
        name.getStyleClass().add("appliance-name");
        host.getStyleClass().addAll("appliance-host", "muted");
        state.getStyleClass().addAll("appliance-state", "muted");
        VBox text = new VBox(2, name, host, state);
        HBox.setHgrow(text, Priority.ALWAYS);
        row = new HBox(10, dot, certificateIcon, text);
        row.setAlignment(Pos.TOP_LEFT);
        row.getStyleClass().add("appliance-row");
        getStyleClass().add("appliance-cell");
        // Cells take the list's width, so long names end in "…" instead of a horizontal scroll bar.
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(ApplianceItem item, boolean empty) {
        ApplianceItem previous = getItem();
        if (previous != null) {
            previous.statusProperty().removeListener(refresh);
            previous.entryProperty().removeListener(refresh);
            previous.detailProperty().removeListener(refresh);
        }
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        item.statusProperty().addListener(refresh);
        item.entryProperty().addListener(refresh);
        item.detailProperty().addListener(refresh);
        show(item);
        setGraphic(row);
    }

    private void show(ApplianceItem item) {
        if (item == null) {
            return;
        }
        ConnectionStatus status = item.getStatus();
        name.setText(item.getEntry().displayName());
        host.setText(item.getEntry().demo() ? messages.get("connections.demoHost") : item.getEntry().address());
        String statusText = messages.get(status.messageKey());
        if (status == ConnectionStatus.CONNECTED) {
            state.setText(item.apiVersionProperty().get() + " \u00B7 " + item.getSignedInUser());
        } else if (status == ConnectionStatus.CERTIFICATE_CHANGED) {
            state.setText(messages.get("connections.certificateChanged.cell"));
        } else if (status == ConnectionStatus.EXPIRED) {
            state.setText(statusText + " \u00B7 " + item.getSignedInUser());
        } else {
            state.setText(statusText);
        }
        dot.getStyleClass().removeAll("ok", "running", "warning", "critical", "certificate");
        if (!status.dotStyle().isEmpty()) {
            dot.getStyleClass().add(status.dotStyle());
        }
        boolean certificateChanged = status == ConnectionStatus.CERTIFICATE_CHANGED;
        certificateIcon.setVisible(certificateChanged);
        certificateIcon.setManaged(certificateChanged);
        dot.setVisible(!certificateChanged);
        dot.setManaged(!certificateChanged);
        state.pseudoClassStateChanged(CERTIFICATE_CHANGED, certificateChanged);
        setAccessibleText(item.getEntry().displayName() + ", " + item.getEntry().address() + ", " + statusText);
    }
}
