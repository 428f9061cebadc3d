package com.ovconsole.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.testing.LentStage;
import com.ovconsole.testing.SimulatorFixture;
import com.ovconsole.ui.ApplianceView;
import com.ovconsole.ui.ApplianceViewFactory;
import com.ovconsole.ui.ConnectedAppliance;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.ViewLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The workspace builds one tab per factory for each appliance, routes F5 and closes views on disconnect. */
@ExtendWith(ApplicationExtension.class)
class ApplianceWorkspaceViewTest {

    private final SimulatorFixture fixture = SimulatorFixture.start();
    private final List<String> events = new ArrayList<>();
    private final ObjectProperty<ConnectedAppliance> selected = new SimpleObjectProperty<>();
    private final ObservableList<ConnectedAppliance> connected = FXCollections.observableArrayList();
    private final StackPane centre = new StackPane();
    private ApplianceWorkspaceView workspace;

    @Start
    void start(Stage stage) {
        workspace = new ApplianceWorkspaceView(List.of(factory("First"), factory("Second")));
        new ViewLoader(Messages.load(Locale.ROOT), type -> workspace).load(ApplianceWorkspaceView.class);
        workspace.follow(selected, connected, node -> centre.getChildren().setAll(node == null ? List.of() : List.of(node)));
        LentStage.show(stage, new Scene(centre, 800, 500));
    }

    @AfterEach
    void stopSimulator() {
        fixture.close();
    }

    private ApplianceViewFactory factory(String title) {
        return new ApplianceViewFactory() {
            @Override
            public String title() {
                return title;
            }

            @Override
            public ApplianceView create(ConnectedAppliance appliance) {
                events.add("create " + title + " " + appliance.displayName());
                Label label = new Label(title + " of " + appliance.displayName());
                return new ApplianceView() {
                    @Override
                    public Node node() {
                        return label;
                    }

                    @Override
                    public void refresh() {
                        events.add("refresh " + title + " " + appliance.displayName());
                    }

                    @Override
                    public void close() {
                        events.add("close " + title + " " + appliance.displayName());
                    }

                    @Override
                    public boolean open(String resourceUri) {
                        events.add("open " + title + " " + appliance.displayName() + " " + resourceUri);
                        return resourceUri.startsWith("/rest/" + title.toLowerCase(Locale.ROOT) + "/");
                    }
                };
            }
        };
    }

    @Test
    void selectedApplianceGetsOneTabPerFactoryInOrderUnderItsName(FxRobot robot) {
        ConnectedAppliance lab = fixture.connectedAppliance("Lab");

        robot.interact(() -> {
            connected.add(lab);
            selected.set(lab);
        });

        assertThat(workspace.tabTitles()).containsExactly("First", "Second");
        assertThat(robot.lookup(".workspace-title").queryAs(Label.class).getText()).isEqualTo("Lab");
        assertThat(robot.lookup("First of Lab").tryQuery()).isPresent();

        robot.interact(() -> selected.set(null));

        assertThat(centre.getChildren()).isEmpty();
    }

    @Test
    void eachApplianceKeepsItsOwnViewsAndRefreshGoesToTheShownTab(FxRobot robot) {
        ConnectedAppliance lab = fixture.connectedAppliance("Lab");
        ConnectedAppliance prod = fixture.connectedAppliance("Prod");
        robot.interact(() -> {
            connected.setAll(lab, prod);
            selected.set(lab);
            selected.set(prod);
            selected.set(lab);
            workspace.refreshCurrent();
        });

        assertThat(events).containsExactly("create First Lab", "create Second Lab", "create First Prod",
                "create Second Prod", "refresh First Lab");
    }

    @Test
    void refreshingAnApplianceReloadsEveryOneOfItsViewsAndNoOtherAppliances(FxRobot robot) {
        ConnectedAppliance lab = fixture.connectedAppliance("Lab");
        ConnectedAppliance prod = fixture.connectedAppliance("Prod");
        ConnectedAppliance never = fixture.connectedAppliance("Never shown");
        robot.interact(() -> {
            connected.setAll(lab, prod, never);
            selected.set(prod);
            selected.set(lab);
        });
        events.clear();

        robot.interact(() -> {
            workspace.refresh(prod);
            workspace.refresh(never);
        });

        assertThat(events).containsExactly("refresh First Prod", "refresh Second Prod");
        assertThat(workspace.current()).as("the shown appliance stays").isSameAs(lab);
    }

    @Test
    void disconnectedApplianceHasItsViewsClosed(FxRobot robot) {
        ConnectedAppliance lab = fixture.connectedAppliance("Lab");
        robot.interact(() -> {
            connected.add(lab);
            selected.set(lab);
            selected.set(null);
            connected.remove(lab);
        });

        assertThat(events).containsSubsequence("close First Lab", "close Second Lab");
    }

    @Test
    void theNavigatorSelectsTheApplianceAndTheTabWhoseViewOpenedTheResource(FxRobot robot) {
        ConnectedAppliance lab = fixture.connectedAppliance("Lab");
        ConnectedAppliance prod = fixture.connectedAppliance("Prod");
        WorkspaceNavigator navigator = new WorkspaceNavigator(workspace, connected, selected::set);
        robot.interact(() -> {
            connected.setAll(lab, prod);
            selected.set(lab);
        });
        events.clear();

        boolean opened = onFx(robot, () -> navigator.open(prod, "/rest/second/7"));

        assertThat(opened).isTrue();
        assertThat(selected.get()).isSameAs(prod);
        assertThat(robot.lookup(".workspace-title").queryAs(Label.class).getText()).isEqualTo("Prod");
        assertThat(workspace.selectedTabTitle()).isEqualTo("Second");
        assertThat(events).containsSubsequence("open First Prod /rest/second/7", "open Second Prod /rest/second/7");
    }

    @Test
    void aKindNoTabShowsOrADisconnectedApplianceIsNotOpenedAndTheSelectionStays(FxRobot robot) {
        ConnectedAppliance lab = fixture.connectedAppliance("Lab");
        ConnectedAppliance gone = fixture.connectedAppliance("Gone");
        WorkspaceNavigator navigator = new WorkspaceNavigator(workspace, connected, selected::set);
        robot.interact(() -> {
            connected.setAll(lab);
            selected.set(lab);
        });

        assertThat(onFx(robot, () -> navigator.open(lab, "/rest/alerts/1"))).isFalse();
        assertThat(onFx(robot, () -> navigator.open(gone, "/rest/first/1"))).isFalse();

        assertThat(selected.get()).isSameAs(lab);
        assertThat(workspace.selectedTabTitle()).isEqualTo("First");
        assertThat(events).noneMatch(event -> event.contains("Gone"));
    }

    private static boolean onFx(FxRobot robot, java.util.concurrent.Callable<Boolean> call) {
        boolean[] answer = new boolean[1];
        robot.interact(() -> {
            try {
                answer[0] = call.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return answer[0];
    }
}
