package com.ovconsole.ui.search;

import com.ovconsole.ui.Messages;
import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The search field (top bar) and its results panel (SearchView.fxml). Ctrl+K focuses the field;
 * arrows move through the results, Enter or a double-click opens one, Escape closes the panel.
 */
public final class SearchView {

    private final SearchViewModel viewModel;
    private final Messages messages;
    /** One result: name over detail, in the body font (px). */
    private static final double ROW_HEIGHT = 44;

    private final BooleanProperty showing = new SimpleBooleanProperty(this, "showing");

    @FXML private VBox panel;
    @FXML private HBox fieldBox;
    @FXML private TextField field;
    @FXML private ProgressIndicator busy;
    @FXML private Label message;
    @FXML private VBox applianceLines;
    @FXML private ListView<SearchResult> resultList;

    public SearchView(SearchViewModel viewModel, Messages messages) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    @FXML
    private void initialize() {
        viewModel.setOnOpened(this::hide);
        field.textProperty().bindBidirectional(viewModel.queryProperty());
        message.textProperty().bind(viewModel.messageProperty());
        busy.visibleProperty().bind(viewModel.searchingProperty());
        busy.managedProperty().bind(viewModel.searchingProperty());
        panel.visibleProperty().bind(showing);
        panel.managedProperty().bind(showing);
        resultList.setItems(viewModel.results());
        resultList.setCellFactory(list -> new SearchResultCell(messages));
        resultList.setPlaceholder(new Label());
        resultList.setFocusTraversable(false);
        // As tall as its rows (up to the panel's limit): two results leave no empty box under them.
        resultList.setFixedCellSize(ROW_HEIGHT);
        resultList.prefHeightProperty().bind(Bindings.size(viewModel.results()).multiply(ROW_HEIGHT).add(2));
        resultList.visibleProperty().bind(Bindings.isNotEmpty(viewModel.results()));
        resultList.managedProperty().bind(resultList.visibleProperty());
        resultList.getSelectionModel().selectedItemProperty().addListener((property, old, result) -> {
            if (result != null) {
                viewModel.selectedProperty().set(result);
            }
        });
        viewModel.selectedProperty().addListener((property, old, result) -> showSelected(result));
        // Replacing the items clears the list's selection; the ViewModel's stays, so show it again.
        viewModel.results().addListener((ListChangeListener<SearchResult>) change -> showSelected(
                viewModel.selectedProperty().get()));
        resultList.setOnMouseClicked(event -> {
            if (event.getButton() != MouseButton.PRIMARY || resultList.getSelectionModel().getSelectedItem() == null) {
                return;
            }
            // A click is the user's choice: answers still coming do not move it.
            viewModel.choose(resultList.getSelectionModel().getSelectedItem());
            if (event.getClickCount() == 2) {
                viewModel.openSelected();
            }
        });
        viewModel.appliances().addListener((ListChangeListener<ApplianceSearch>) change -> showAppliances());
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::fieldKey);
        field.textProperty().addListener((property, old, text) -> showing.set(field.isFocused() || showing.get()));
        field.focusedProperty().addListener((property, was, focused) -> {
            if (focused) {
                showing.set(true);
            } else {
                // A click into the panel keeps it; anywhere else closes it.
                Platform.runLater(this::hideUnlessFocusedWithin);
            }
        });
    }

    private void fieldKey(KeyEvent event) {
        switch (event.getCode()) {
            case DOWN -> viewModel.moveSelection(1);
            case UP -> viewModel.moveSelection(-1);
            case ENTER -> viewModel.enter(); // before the results: the top one, once they are in
            case ESCAPE -> hide();
            default -> {
                return;
            }
        }
        event.consume();
    }

    private void showSelected(SearchResult result) {
        if (result == null) {
            resultList.getSelectionModel().clearSelection();
        } else if (resultList.getSelectionModel().getSelectedItem() != result) {
            resultList.getSelectionModel().select(result);
            resultList.scrollTo(result);
        }
    }

    private void showAppliances() {
        applianceLines.getChildren().setAll(viewModel.appliances().stream().map(this::line).toList());
    }

    private Node line(ApplianceSearch state) {
        Label name = new Label(state.appliance().displayName());
        name.getStyleClass().add("search-appliance-name");
        Label text = new Label(switch (state.state()) {
            case SEARCHING -> messages.get("search.appliance.searching");
            case DONE -> state.more() ? messages.format("search.appliance.foundMore", state.matches())
                    : messages.format("search.appliance.found", state.matches());
            case FAILED -> messages.format("search.appliance.failed", state.error());
        });
        text.getStyleClass().add("search-state");
        FontIcon icon = new FontIcon(switch (state.state()) {
            case SEARCHING -> "fth-loader";
            case DONE -> "fth-check";
            case FAILED -> "fth-alert-triangle";
        });
        HBox line = new HBox(6, icon, name, text);
        line.getStyleClass().addAll("search-appliance-line", state.state().name().toLowerCase(java.util.Locale.ROOT));
        return line;
    }

    private void hideUnlessFocusedWithin() {
        Node owner = field.getScene() == null ? null : field.getScene().getFocusOwner();
        for (Node node = owner; node != null; node = node.getParent()) {
            if (node == panel || node == fieldBox) {
                return;
            }
        }
        showing.set(false);
    }

    /** Closes the panel; the text stays for the next Ctrl+K. */
    public void hide() {
        showing.set(false);
        if (field.getScene() != null && field.isFocused()) {
            field.getParent().requestFocus();
        }
    }

    /** Ctrl+K: the field takes the focus with its text selected, the panel opens. */
    public void focus() {
        field.requestFocus();
        field.selectAll();
        showing.set(true);
    }

    /** The field with its icon, for the window's top bar. */
    public Node field() {
        return fieldBox;
    }

    /** The results panel, for the overlay under the field. */
    public Node panel() {
        return panel;
    }

    public BooleanProperty showingProperty() {
        return showing;
    }
}
