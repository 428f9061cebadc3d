package com.ovconsole.ui.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.api.model.AssociatedResource;
import com.ovconsole.api.model.TaskResource;
import com.ovconsole.testing.SimulatorFixture;
import com.ovconsole.ui.ConnectedAppliance;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.Navigator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A task's resource as a link: opened through the navigator, or a clear reason why not. */
class TaskResourceLinksTest {

    private final SimulatorFixture fixture = SimulatorFixture.start();
    private final Messages messages = Messages.load(Locale.ROOT);
    private final List<String> opened = new ArrayList<>();

    @AfterEach
    void stop() {
        fixture.close();
    }

    private Navigator navigator(boolean answer) {
        return (appliance, uri) -> {
            opened.add(appliance.displayName() + " " + uri);
            return answer;
        };
    }

    private static TaskResource task(String resourceName, String resourceUri) {
        AssociatedResource resource = resourceUri == null ? null
                : new AssociatedResource(resourceName, resourceUri, "server-profiles", "MANAGED_BY");
        return new TaskResource("/rest/tasks/1", "TaskResourceV2", "Update", null, "Completed", null, null, 100, 100,
                null, null, null, null, resource, null, null, null, null, null, null, false, null, null, null);
    }

    @Test
    void aResourceOpensByItsPathOnTheTasksAppliance() {
        ConnectedAppliance lab = fixture.connectedAppliance("Lab");
        TaskResourceLinks links = new TaskResourceLinks(navigator(true), messages);
        TaskResource update = task("web-frontend-003", "https://" + fixture.address() + "/rest/server-profiles/abc");

        assertThat(links.linkable(lab, update)).isTrue();
        assertThat(links.open(lab, update)).isTrue();
        assertThat(opened).containsExactly("Lab /rest/server-profiles/abc");
        assertThat(links.messageProperty().get()).isEmpty();
    }

    @Test
    void aKindNoTabShowsSaysSo() {
        ConnectedAppliance lab = fixture.connectedAppliance("Lab");
        TaskResourceLinks links = new TaskResourceLinks(navigator(false), messages);

        assertThat(links.open(lab, task("backup-1", "/rest/backups/backup-1"))).isFalse();
        assertThat(links.messageProperty().get()).isEqualTo("No tab shows backup-1 (/rest/backups/backup-1).");
    }

    @Test
    void noResourceOrADisconnectedApplianceIsNoLinkAndNeverReachesTheNavigator() {
        ConnectedAppliance lab = fixture.connectedAppliance("Lab");
        TaskResourceLinks links = new TaskResourceLinks(navigator(true), messages);
        TaskResource update = task("web-frontend-003", "/rest/server-profiles/abc");

        assertThat(links.linkable(lab, task(null, null))).isFalse();
        assertThat(links.open(lab, task(null, null))).isFalse();
        lab.client().logout();
        assertThat(links.linkable(lab, update)).isFalse();
        assertThat(links.open(lab, update)).isFalse();
        assertThat(links.messageProperty().get()).isEqualTo("Lab is not connected: connect it to open web-frontend-003.");
        assertThat(opened).isEmpty();
        assertThat(new TaskResourceLinks(Navigator.NONE, messages).linkable(fixture.connectedAppliance("Prod"), update))
                .isFalse();
    }
}
