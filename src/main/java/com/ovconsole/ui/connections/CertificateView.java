package com.ovconsole.ui.connections;

import java.util.Objects;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The certificate shown for trust on first use, or the warning when it changed (CertificateView.fxml). */
public final class CertificateView {

    private final CertificateTrustViewModel viewModel;

    @FXML private FontIcon icon;
    @FXML private Label headline;
    @FXML private Label explanation;
    @FXML private Label subject;
    @FXML private Label sans;
    @FXML private Label issuer;
    @FXML private Label validity;
    @FXML private Label previousLabel;
    @FXML private Label previous;
    @FXML private Label sha256;
    @FXML private HBox mismatchBox;
    @FXML private Label mismatch;
    @FXML private Label hint;

    public CertificateView(CertificateTrustViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
    }

    @FXML
    private void initialize() {
        headline.setText(viewModel.getHeadline());
        explanation.setText(viewModel.getExplanation());
        subject.setText(viewModel.getSubject());
        sans.setText(viewModel.getSubjectAltNames());
        issuer.setText(viewModel.getIssuer());
        validity.setText(viewModel.getValidity());
        sha256.setText(Fingerprints.twoLines(viewModel.getSha256()));
        sha256.setAccessibleText(viewModel.getSha256());
        previous.setText(Fingerprints.twoLines(viewModel.getPreviousSha256()));
        previous.setAccessibleText(viewModel.getPreviousSha256());
        previousLabel.setVisible(viewModel.isChanged());
        previous.setVisible(viewModel.isChanged());
        previousLabel.setManaged(viewModel.isChanged());
        previous.setManaged(viewModel.isChanged());
        mismatch.setText(viewModel.getHostMismatch());
        mismatchBox.setVisible(!viewModel.getHostMismatch().isEmpty());
        mismatchBox.setManaged(mismatchBox.isVisible());
        hint.setText(viewModel.getCompareHint());
        if (viewModel.isChanged()) {
            icon.setIconLiteral("fth-alert-octagon");
            icon.getStyleClass().add("danger");
        }
    }
}
