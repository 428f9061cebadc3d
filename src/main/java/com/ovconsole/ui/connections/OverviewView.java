package com.ovconsole.ui.connections;

import com.ovconsole.ui.ApplianceView;
import java.util.Objects;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** The Overview tab (OverviewView.fxml); the session age ticks every second until closed. */
public final class OverviewView implements ApplianceView {

    private final OverviewViewModel viewModel;
    private final Timeline ticker;

    @FXML private VBox root;
    @FXML private Label name;
    @FXML private Label address;
    @FXML private Label apiVersion;
    @FXML private Label user;
    @FXML private Label sessionAge;
    @FXML private Label profiles;
    @FXML private Label certificate;

    public OverviewView(OverviewViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.ticker = new Timeline(new KeyFrame(Duration.seconds(1), event -> viewModel.tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
    }

    @FXML
    private void initialize() {
        name.setText(viewModel.getName());
        address.setText(viewModel.getAddress());
        apiVersion.setText(viewModel.getApiVersion());
        user.setText(viewModel.getUser());
        certificate.textProperty().bind(Bindings.createStringBinding(
                () -> Fingerprints.twoLines(viewModel.certificateProperty().get()), viewModel.certificateProperty()));
        certificate.accessibleTextProperty().bind(viewModel.certificateProperty());
        sessionAge.textProperty().bind(viewModel.sessionAgeProperty());
        profiles.textProperty().bind(viewModel.profilesProperty());
        ticker.play();
        viewModel.refresh();
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void refresh() {
        viewModel.refresh();
    }

    @Override
    public void close() {
        ticker.stop();
        viewModel.close();
    }
}
