package com.ovconsole.ui.connections;

import com.ovconsole.ui.Messages;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;

/** The appliance list on the left (ApplianceListView.fxml): rows, add/edit/remove, connect/disconnect. */
public final class ApplianceListView {

    private final ApplianceListViewModel viewModel;
    private final Messages messages;

    @FXML private ListView<ApplianceItem> list;
    @FXML private Button addButton;
    @FXML private Button editButton;
    @FXML private Button removeButton;
    @FXML private Button connectButton;
    @FXML private Button disconnectButton;
    @FXML private Button reviewCertificateButton;
    @FXML private HBox progressRow;
    @FXML private ProgressIndicator progress;
    @FXML private Label stepLabel;

    public ApplianceListView(ApplianceListViewModel viewModel, Messages messages) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    @FXML
    private void initialize() {
        list.setItems(viewModel.getItems());
        list.setCellFactory(view -> new ApplianceCell(messages));
        viewModel.selectedProperty().addListener((property, old, item) -> list.getSelectionModel().select(item));
        list.getSelectionModel().selectedItemProperty().addListener((property, old, item) -> {
            if (item != null) {
                viewModel.selectedProperty().set(item);
            }
        });
        list.getSelectionModel().select(viewModel.selectedProperty().get());
        list.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        list.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        editButton.disableProperty().bind(viewModel.hasSelectionProperty().not());
        removeButton.disableProperty().bind(viewModel.hasSelectionProperty().not());
        connectButton.disableProperty().bind(viewModel.canConnectProperty().not());
        disconnectButton.disableProperty().bind(viewModel.canDisconnectProperty().not());
        disconnectButton.textProperty().bind(Bindings.when(viewModel.selectedBusyProperty())
                .then(messages.get("connections.cancel")).otherwise(messages.get("connections.disconnect")));
        reviewCertificateButton.visibleProperty().bind(viewModel.selectedCertificateChangedProperty());
        reviewCertificateButton.managedProperty().bind(reviewCertificateButton.visibleProperty());
        progressRow.visibleProperty().bind(viewModel.selectedDetailProperty().isNotEmpty());
        progressRow.managedProperty().bind(progressRow.visibleProperty());
        progress.visibleProperty().bind(viewModel.selectedBusyProperty());
        // A starting appliance says how far it is: a ring that fills, not a spinner.
        viewModel.selectedProperty().addListener((property, old, item) -> followStartup(item));
        followStartup(viewModel.selectedProperty().get());
        progress.managedProperty().bind(progress.visibleProperty());
        stepLabel.textProperty().bind(viewModel.selectedDetailProperty());
    }

    /** The list gets the focus first, so Enter and Delete act on the selection right away. */
    public void focus() {
        list.requestFocus();
    }

    private void keyPressed(KeyEvent event) {
        if (event.getCode() == KeyCode.ENTER) {
            viewModel.connectSelected();
            event.consume();
        } else if (event.getCode() == KeyCode.DELETE) {
            viewModel.removeSelected();
            event.consume();
        }
    }

    private void clicked(MouseEvent event) {
        if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
            viewModel.connectSelected();
        }
    }

    @FXML
    private void add() {
        viewModel.add();
    }

    @FXML
    private void edit() {
        viewModel.editSelected();
    }

    @FXML
    private void remove() {
        viewModel.removeSelected();
    }

    @FXML
    private void connect() {
        viewModel.connectSelected();
    }

    @FXML
    private void reviewCertificate() {
        viewModel.reviewSelectedCertificate();
    }

    @FXML
    private void disconnect() {
        viewModel.disconnectSelected();
    }

    private void followStartup(ApplianceItem item) {
        progress.progressProperty().unbind();
        if (item == null) {
            progress.setProgress(-1);
        } else {
            progress.progressProperty().bind(item.startupProperty());
        }
    }
}
