package com.ovconsole.ui.backups;

import java.util.Objects;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The Backups tab of one appliance (BackupsView.fxml). */
public final class BackupsView {

    private final BackupsViewModel viewModel;
    private final ChangeListener<BackupDownload> downloadChanged = (observable, old, download) -> showDownload(download);

    @FXML private Label applianceName;
    @FXML private Button refreshButton;
    @FXML private Button createButton;
    @FXML private Label message;
    @FXML private GridPane currentGrid;
    @FXML private Label name;
    @FXML private Label created;
    @FXML private Label size;
    @FXML private Region statusDot;
    @FXML private Label status;
    @FXML private Button downloadButton;
    @FXML private Button cancelBackupButton;
    @FXML private VBox downloadCard;
    @FXML private Label downloadFile;
    @FXML private Label downloadFolder;
    @FXML private ProgressBar downloadProgress;
    @FXML private Label downloadBytes;
    @FXML private Label downloadRate;
    @FXML private Label downloadEta;
    @FXML private Label downloadStatus;
    @FXML private HBox shaRow;
    @FXML private TextField sha256;
    @FXML private Button cancelDownloadButton;
    @FXML private Button retryDownloadButton;

    public BackupsView(BackupsViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
    }

    @FXML
    private void initialize() {
        applianceName.setText(viewModel.applianceName());
        refreshButton.disableProperty().bind(viewModel.busyProperty());
        createButton.disableProperty().bind(viewModel.busyProperty());
        message.textProperty().bind(viewModel.messageProperty());
        show(message, message.textProperty().isNotEmpty());
        show(currentGrid, viewModel.hasBackupProperty());
        name.textProperty().bind(viewModel.nameProperty());
        created.textProperty().bind(viewModel.createdProperty());
        size.textProperty().bind(viewModel.sizeProperty());
        status.textProperty().bind(viewModel.statusProperty());
        viewModel.statusStyleProperty().addListener(observable -> colourStatus());
        downloadButton.disableProperty().bind(viewModel.canDownloadProperty().not());
        show(cancelBackupButton, viewModel.canCancelBackupProperty());
        viewModel.latestDownloadProperty().addListener(downloadChanged);
        showDownload(viewModel.latestDownloadProperty().get());
        colourStatus();
    }

    private void colourStatus() {
        statusDot.getStyleClass().removeAll("ok", "warning", "critical");
        if (!viewModel.statusStyleProperty().get().isEmpty()) {
            statusDot.getStyleClass().add(viewModel.statusStyleProperty().get());
        }
    }

    private void showDownload(BackupDownload download) {
        downloadCard.setVisible(download != null);
        downloadCard.setManaged(download != null);
        if (download == null) {
            return;
        }
        downloadFile.setText(download.fileName());
        downloadFolder.setText(download.folderText());
        downloadProgress.progressProperty().bind(download.progressProperty());
        downloadBytes.textProperty().bind(download.bytesTextProperty());
        downloadRate.textProperty().bind(download.rateTextProperty());
        downloadEta.textProperty().bind(download.etaTextProperty());
        downloadStatus.textProperty().bind(download.statusTextProperty());
        sha256.textProperty().bind(download.sha256Property());
        show(shaRow, download.sha256Property().isNotEmpty());
        show(cancelDownloadButton, download.canCancelProperty());
        show(retryDownloadButton, download.canRetryProperty());
    }

    private static void show(Node node, ObservableValue<Boolean> condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    /** The tab closes. */
    void close() {
        viewModel.latestDownloadProperty().removeListener(downloadChanged);
        viewModel.close();
    }

    @FXML
    private void refresh() {
        viewModel.refresh();
    }

    @FXML
    private void createBackup() {
        viewModel.createBackup();
    }

    @FXML
    private void cancelBackup() {
        viewModel.cancelBackup();
    }

    @FXML
    private void download() {
        viewModel.downloadCurrent();
    }

    @FXML
    private void cancelDownload() {
        viewModel.cancelDownload();
    }

    @FXML
    private void retryDownload() {
        viewModel.retryDownload();
    }
}
