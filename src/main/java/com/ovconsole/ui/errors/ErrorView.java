package com.ovconsole.ui.errors;

import java.util.List;
import java.util.Objects;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The ErrorMessage view (ErrorView.fxml); embeddable as a Node or shown as the error dialog (registered by {@link ErrorsModule}). */
public final class ErrorView {

    private final ErrorViewModel viewModel;

    @FXML private Label message;
    @FXML private Label details;
    @FXML private VBox actionsSection;
    @FXML private VBox actionsList;
    @FXML private VBox nestedSection;
    @FXML private TreeView<NestedError> nestedTree;
    @FXML private Label errorCode;
    @FXML private Label httpStatus;
    @FXML private Button copyButton;

    public ErrorView(ErrorViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
    }

    @FXML
    private void initialize() {
        message.textProperty().bind(viewModel.messageProperty());
        details.textProperty().bind(viewModel.detailsProperty());
        details.visibleProperty().bind(viewModel.hasDetailsProperty());
        details.managedProperty().bind(viewModel.hasDetailsProperty());
        actionsSection.visibleProperty().bind(viewModel.hasRecommendedActionsProperty());
        actionsSection.managedProperty().bind(viewModel.hasRecommendedActionsProperty());
        nestedSection.visibleProperty().bind(viewModel.hasNestedErrorsProperty());
        nestedSection.managedProperty().bind(viewModel.hasNestedErrorsProperty());
        errorCode.textProperty().bind(viewModel.errorCodeTextProperty());
        errorCode.visibleProperty().bind(errorCode.textProperty().isNotEmpty());
        errorCode.managedProperty().bind(errorCode.visibleProperty());
        httpStatus.textProperty().bind(viewModel.httpStatusTextProperty());
        httpStatus.visibleProperty().bind(httpStatus.textProperty().isNotEmpty());
        httpStatus.managedProperty().bind(httpStatus.visibleProperty());
        copyButton.textProperty().bind(viewModel.copyButtonTextProperty());

        nestedTree.setRoot(new TreeItem<>());
        nestedTree.setCellFactory(tree -> new NestedErrorCell());
        // The ViewModel outlives no view of it, so these listeners need no removal.
        viewModel.getRecommendedActions().addListener((ListChangeListener<String>) change -> showActions());
        viewModel.getNestedErrors().addListener((ListChangeListener<NestedError>) change -> showNestedErrors());
        showActions();
        showNestedErrors();
    }

    @FXML
    private void copyDetails() {
        viewModel.copyDetails();
    }

    private void showActions() {
        actionsList.getChildren().setAll(viewModel.getRecommendedActions().stream().map(ErrorView::actionRow).toList());
    }

    private static Node actionRow(String action) {
        Label text = new Label(action);
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        // An HBox, not a Label graphic, keeps the bullet on the first line of a wrapped action.
        HBox row = new HBox(new FontIcon(Feather.CHEVRON_RIGHT), text);
        row.getStyleClass().add("recommended-action");
        return row;
    }

    private void showNestedErrors() {
        nestedTree.getRoot().getChildren().setAll(treeItems(viewModel.getNestedErrors()));
    }

    private static List<TreeItem<NestedError>> treeItems(List<NestedError> errors) {
        return errors.stream().map(error -> {
            TreeItem<NestedError> item = new TreeItem<>(error);
            item.getChildren().setAll(treeItems(error.children()));
            item.setExpanded(true);
            return item;
        }).toList();
    }

    private final class NestedErrorCell extends TreeCell<NestedError> {
        NestedErrorCell() {
            // A tiny preferred width lets the cell take the tree's width and wrap long messages.
            setWrapText(true);
            setPrefWidth(1);
        }

        @Override
        protected void updateItem(NestedError item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : viewModel.nestedErrorText(item));
        }
    }
}
