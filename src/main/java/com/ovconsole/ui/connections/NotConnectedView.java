package com.ovconsole.ui.connections;

import com.ovconsole.ui.Messages;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The centre of the window while the selected appliance is not connected: which appliance it is
 * (name, address, where its connection stands) and a Connect button; with nothing selected, the
 * hint to select one.
 */
public final class NotConnectedView {

    private final VBox root = new VBox(10);
    private final ApplianceListViewModel appliances;

    public NotConnectedView(ApplianceListViewModel viewModel, Messages messages) {
        this.appliances = Objects.requireNonNull(viewModel, "viewModel");
        Label title = new Label();
        title.getStyleClass().add("placeholder-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        title.textProperty().bind(Bindings.createStringBinding(() -> {
            ApplianceItem item = appliances.selectedProperty().get();
            return item == null ? messages.get("shell.placeholder.title") : item.getEntry().displayName();
        }, appliances.selectedProperty()));
        Label address = new Label();
        address.getStyleClass().add("muted");
        address.textProperty().bind(Bindings.createStringBinding(() -> {
            ApplianceItem item = appliances.selectedProperty().get();
            if (item == null) {
                return "";
            }
            return item.getEntry().demo() ? messages.get("connections.demoHost") : item.getEntry().address();
        }, appliances.selectedProperty()));
        Label hint = new Label();
        hint.getStyleClass().add("placeholder-hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.setAlignment(Pos.CENTER);
        hint.textProperty().bind(Bindings.createStringBinding(() -> {
            String detail = appliances.selectedDetailProperty().get();
            if (appliances.selectedProperty().get() == null) {
                return messages.get("shell.placeholder.hint");
            }
            return detail == null || detail.isBlank() ? messages.get("connections.notConnected.hint") : detail;
        }, appliances.selectedProperty(), appliances.selectedDetailProperty()));
        Button connect = new Button(messages.get("connections.connect"));
        connect.setGraphic(new FontIcon("fth-log-in"));
        connect.getStyleClass().add("accent");
        connect.setOnAction(event -> appliances.connectSelected());
        connect.disableProperty().bind(appliances.canConnectProperty().not());
        connect.visibleProperty().bind(appliances.selectedProperty().isNotNull());
        connect.managedProperty().bind(connect.visibleProperty());
        address.visibleProperty().bind(appliances.selectedProperty().isNotNull());
        address.managedProperty().bind(address.visibleProperty());
        FontIcon icon = new FontIcon("fth-server");
        icon.getStyleClass().add("placeholder-icon");
        root.getChildren().addAll(icon, title, address, hint, connect);
        root.getStyleClass().addAll("placeholder", "not-connected");
        root.setAlignment(Pos.CENTER);
        root.setMaxWidth(520);
    }

    public Node node() {
        return root;
    }
}
