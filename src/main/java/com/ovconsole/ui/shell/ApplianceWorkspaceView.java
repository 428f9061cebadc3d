package com.ovconsole.ui.shell;

import com.ovconsole.ui.ApplianceView;
import com.ovconsole.ui.ApplianceViewFactory;
import com.ovconsole.ui.ConnectedAppliance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The centre of the main window for the selected, connected appliance (ApplianceWorkspaceView.fxml):
 * its name and address on top, then one tab per {@link ApplianceViewFactory} in list order. Each
 * appliance gets its own views, made on first show and closed when it disconnects, so switching
 * between appliances keeps each one's place.
 */
public final class ApplianceWorkspaceView {

    private final List<ApplianceViewFactory> factories;
    private final Map<ConnectedAppliance, Workspace> open = new LinkedHashMap<>();
    private ConnectedAppliance current;

    @FXML private VBox root;
    @FXML private Label applianceName;
    @FXML private Label applianceAddress;
    @FXML private StackPane tabSlot;

    /** One appliance's tabs and views. */
    private record Workspace(TabPane tabs, List<ApplianceView> views) {
    }

    public ApplianceWorkspaceView(List<ApplianceViewFactory> factories) {
        this.factories = List.copyOf(Objects.requireNonNull(factories, "factories"));
    }

    /**
     * Shows {@code selected} (null: {@code centre} gets null, i.e. the window's placeholder) and
     * closes the views of every appliance that leaves {@code connected}.
     */
    public void follow(ObservableValue<ConnectedAppliance> selected, ObservableList<ConnectedAppliance> connected,
            Consumer<Node> centre) {
        selected.addListener((property, old, appliance) -> centre.accept(show(appliance)));
        connected.addListener((ListChangeListener<ConnectedAppliance>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(this::close);
            }
        });
        centre.accept(show(selected.getValue()));
    }

    /** Shows the appliance's tabs (made on first use) and returns the workspace node, or null. */
    public Node show(ConnectedAppliance appliance) {
        current = appliance;
        if (appliance == null) {
            return null;
        }
        Workspace workspace = open.computeIfAbsent(appliance, this::create);
        applianceName.setText(appliance.displayName());
        applianceAddress.setText(appliance.address());
        tabSlot.getChildren().setAll(workspace.tabs());
        return root;
    }

    private Workspace create(ConnectedAppliance appliance) {
        TabPane tabs = new TabPane();
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("workspace-tabs");
        List<ApplianceView> views = new ArrayList<>();
        for (ApplianceViewFactory factory : factories) {
            ApplianceView view = factory.create(appliance);
            views.add(view);
            Tab tab = new Tab(factory.title(), view.node());
            tab.setUserData(view);
            tabs.getTabs().add(tab);
        }
        return new Workspace(tabs, views);
    }

    /**
     * Asks the appliance's views, in tab order, to show {@code resourceUri}; the first that does
     * gets its tab selected. Makes the views on first use (the appliance was never shown yet).
     */
    public boolean open(ConnectedAppliance appliance, String resourceUri) {
        Workspace workspace = open.computeIfAbsent(appliance, this::create);
        for (Tab tab : workspace.tabs().getTabs()) {
            if (((ApplianceView) tab.getUserData()).open(resourceUri)) {
                workspace.tabs().getSelectionModel().select(tab);
                return true;
            }
        }
        return false;
    }

    /** The appliance whose workspace shows now, or null. */
    public ConnectedAppliance current() {
        return current;
    }

    /** The title of the selected tab of the shown appliance, or null. */
    public String selectedTabTitle() {
        Workspace workspace = current == null ? null : open.get(current);
        Tab tab = workspace == null ? null : workspace.tabs().getSelectionModel().getSelectedItem();
        return tab == null ? null : tab.getText();
    }

    /** F5: the view on the selected tab reloads. */
    public void refreshCurrent() {
        Workspace workspace = current == null ? null : open.get(current);
        if (workspace != null && workspace.tabs().getSelectionModel().getSelectedItem() != null) {
            ((ApplianceView) workspace.tabs().getSelectionModel().getSelectedItem().getUserData()).refresh();
        }
    }

    /**
     * Every view of {@code appliance} reloads, shown or not (a changed certificate was trusted: each
     * tab read through the refused connection and shows its failure). Nothing for an appliance not shown yet.
     */
    public void refresh(ConnectedAppliance appliance) {
        Workspace workspace = appliance == null ? null : open.get(appliance);
        if (workspace != null) {
            workspace.views().forEach(ApplianceView::refresh);
        }
    }

    /** Closes the views of an appliance that disconnected. */
    public void close(ConnectedAppliance appliance) {
        Workspace workspace = open.remove(appliance);
        if (workspace != null) {
            workspace.views().forEach(ApplianceView::close);
        }
    }

    /** Exit: every view stops its timers and work. */
    public void closeAll() {
        new ArrayList<>(open.keySet()).forEach(this::close);
    }

    /** The tab titles of the shown appliance, in order. */
    public List<String> tabTitles() {
        Workspace workspace = current == null ? null : open.get(current);
        return workspace == null ? List.of() : workspace.tabs().getTabs().stream().map(Tab::getText).toList();
    }
}
