package com.ovconsole.ui.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.api.ApplianceErrorException;
import com.ovconsole.api.model.AlertState;
import com.ovconsole.api.model.HealthStatus;
import com.ovconsole.sim.SimulatorConfig;
import com.ovconsole.testing.SimulatorFixture;
import com.ovconsole.ui.ConnectedAppliance;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.PagedList;
import com.ovconsole.ui.RecordingDialogService;
import com.ovconsole.ui.profiles.TestUiThread;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** The alerts of an appliance against the simulator over pinned HTTPS: filters, pages, Clear, 412, 409, links. */
class AlertsViewModelTest {

    private final TestUiThread ui = new TestUiThread();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final Messages messages = Messages.load(Locale.ROOT);
    /** What the navigator was asked to open; it answers {@link #navigatorAnswer}. */
    private final List<String> navigated = new CopyOnWriteArrayList<>();
    private volatile boolean navigatorAnswer;
    private SimulatorFixture sim;
    private AlertsViewModel alerts;
    private ConnectedAppliance appliance;

    @BeforeEach
    void start() {
        sim = SimulatorFixture.start(SimulatorConfig.builder().profiles(60).servers(600));
        appliance = sim.connectedAppliance("Demo");
        alerts = ui.call(() -> new AlertsViewModel(appliance, ui.runner(), dialogs, messages, (on, uri) -> {
            navigated.add(uri);
            return navigatorAnswer;
        }, ZoneOffset.UTC));
        ui.run(alerts::refresh);
        waitForList();
    }

    @AfterEach
    void stop() {
        ui.close();
        sim.close();
    }

    private void waitForList() {
        ui.waitUntil("the list is loaded", () -> !alerts.loadingProperty().get());
    }

    /** The simulator's alerts that pass {@code test}, read from its store (not through the client). */
    private List<ObjectNode> stored(Predicate<ObjectNode> test) {
        List<ObjectNode> found = new ArrayList<>();
        for (String id : sim.simulator().alertIds()) {
            ObjectNode alert = sim.simulator().alert(id);
            if (test.test(alert)) {
                found.add(alert);
            }
        }
        return found;
    }

    private static boolean open(ObjectNode alert) {
        return !"Cleared".equals(alert.get("alertState").asString());
    }

    private AlertRow firstRow(Predicate<AlertRow> test) {
        return ui.call(() -> alerts.rows().stream().filter(test).findFirst().orElseThrow());
    }

    @Test
    void opensWithTheOpenAlertsNewestFirstAndSaysHowManyOfHowMany() {
        int open = stored(AlertsViewModelTest::open).size();

        ui.run(() -> {
            assertThat(alerts.rows()).isNotEmpty().allSatisfy(row -> assertThat(row.alertState().isOpen()).isTrue());
            assertThat(alerts.rows()).extracting(row -> row.alert().created())
                    .isSortedAccordingTo(Comparator.reverseOrder());
            assertThat(alerts.summaryProperty().get())
                    .isEqualTo(Math.min(open, PagedList.PAGE_SIZE) + " of " + open);
            assertThat(alerts.placeholderProperty().get()).isEqualTo("No alerts match.");
        });
    }

    @Test
    void theSeverityAndStateFiltersAreTheAppliancesAndNextPagesFollowItsNextPageUri() {
        ui.run(() -> alerts.severityFilterProperty().set("Critical"));
        waitForList();
        int critical = stored(a -> open(a) && "Critical".equals(a.get("severity").asString())).size();
        ui.run(() -> {
            assertThat(alerts.rows()).hasSize(critical).allSatisfy(row -> assertThat(row.severity()).isEqualTo("Critical"));
            assertThat(alerts.summaryProperty().get()).isEqualTo(critical + " of " + critical);
        });

        ui.run(() -> {
            alerts.severityFilterProperty().set(null);
            alerts.stateFilterProperty().set(StateFilter.ALL);
        });
        waitForList();
        int all = sim.simulator().alertIds().size();
        assertThat(all).isGreaterThan(2 * PagedList.PAGE_SIZE);
        while (ui.call(alerts::hasMore)) {
            ui.run(() -> alerts.rowShown(alerts.rows().size() - 1));
            waitForList();
        }
        ui.run(() -> {
            assertThat(alerts.rows()).hasSize(all).extracting(AlertRow::uri).doesNotHaveDuplicates();
            assertThat(alerts.summaryProperty().get()).isEqualTo(String.format(Locale.ROOT, "%,d of %,d", all, all));
        });

        ui.run(() -> alerts.stateFilterProperty().set(StateFilter.CLEARED));
        waitForList();
        ui.run(() -> assertThat(alerts.rows()).isNotEmpty()
                .allSatisfy(row -> assertThat(row.alertState()).isEqualTo(AlertState.CLEARED)));
    }

    @Test
    void clearingSendsTheAlertWithItsETagAndTheOpenListDropsIt() {
        AlertRow active = firstRow(row -> row.alertState() == AlertState.ACTIVE && row.linkUri() != null);
        String summaryBefore = ui.call(() -> alerts.summaryProperty().get());
        int open = stored(AlertsViewModelTest::open).size();

        ui.run(() -> {
            alerts.selectedProperty().set(active);
            alerts.clearSelected();
        });
        ui.waitUntil("the clear is answered", () -> !alerts.busyProperty().get());

        ObjectNode stored = sim.simulator().alert(id(active));
        assertThat(stored.get("alertState").asString()).isEqualTo("Cleared");
        assertThat(stored.get("clearedByUser").asString()).isEqualTo("Administrator");
        ui.run(() -> {
            assertThat(alerts.rows()).extracting(AlertRow::uri).doesNotContain(active.uri());
            assertThat(alerts.summaryProperty().get()).isNotEqualTo(summaryBefore)
                    .endsWith(" of " + (open - 1));
            assertThat(alerts.selectedProperty().get().alertState()).isEqualTo(AlertState.CLEARED);
            assertThat(alerts.selectedProperty().get().changeLog()).extracting(c -> c.notes()).contains("CLEARED");
            assertThat(alerts.statusProperty().get()).isEqualTo("Cleared the alert on " + active.resourceName() + ".");
        });
        assertThat(dialogs.errors).isEmpty();

        ui.run(alerts::reactivateSelected);
        ui.waitUntil("the reactivation is answered", () -> !alerts.busyProperty().get());
        assertThat(sim.simulator().alert(id(active)).get("alertState").asString()).isEqualTo("Active");
        ui.run(() -> assertThat(alerts.rows()).extracting(AlertRow::uri).doesNotContain(active.uri()));
    }

    @Test
    void anAlertChangedOnTheApplianceMeanwhileIsReadAgainAndNotCleared() {
        AlertRow active = firstRow(row -> row.alertState() == AlertState.ACTIVE);
        sim.simulator().editAlertAsAnotherUser(id(active), alert -> alert.put("assignedToUser", "Ana"));

        ui.run(() -> {
            alerts.selectedProperty().set(active);
            alerts.clearSelected();
        });
        ui.waitUntil("the alert is read again", () -> !alerts.statusProperty().get().isEmpty());

        assertThat(sim.simulator().alert(id(active)).get("alertState").asString()).isEqualTo("Active");
        assertThat(dialogs.errors).isEmpty();
        ui.run(() -> {
            assertThat(alerts.statusProperty().get()).contains("changed on the appliance");
            AlertRow now = alerts.rows().stream().filter(r -> r.uri().equals(active.uri())).findFirst().orElseThrow();
            assertThat(now.alert().assignedToUser()).isEqualTo("Ana");
            assertThat(now.resource().eTag()).isNotEqualTo(active.resource().eTag());
            assertThat(alerts.selectedProperty().get()).isEqualTo(now);
        });

        ui.run(alerts::clearSelected);
        ui.waitUntil("the second clear is answered", () -> !alerts.busyProperty().get()
                && alerts.statusProperty().get().startsWith("Cleared"));
        assertThat(sim.simulator().alert(id(active)).get("alertState").asString()).isEqualTo("Cleared");
    }

    @Test
    void aLockedAlertsRefusalIsShownWholeAndTheRowStays() {
        AlertRow locked = firstRow(row -> row.alertState() == AlertState.LOCKED);

        ui.run(() -> {
            alerts.selectedProperty().set(locked);
            alerts.clearSelected();
        });
        ui.waitUntil("the refusal", () -> !dialogs.errors.isEmpty());

        assertThat(dialogs.errors.get(0)).isInstanceOfSatisfying(ApplianceErrorException.class, error -> {
            assertThat(error.status()).isEqualTo(409);
            assertThat(error.errorCode()).isEqualTo("ALERT_LOCKED");
            assertThat(error.error().recommendedActions()).isNotEmpty();
        });
        ui.run(() -> assertThat(alerts.rows()).contains(locked));
        assertThat(sim.simulator().alert(id(locked)).get("alertState").asString()).isEqualTo("Locked");
    }

    @Test
    void resourceLinksGoThroughTheNavigatorAndSayWhenNoTabShowsIt() {
        AlertRow onServer = firstRow(row -> "server-hardware".equals(row.resourceCategory()));
        AlertRow onAppliance = firstRow(row -> row.resourceName().isEmpty());

        ui.run(() -> alerts.openResource(onServer));
        ui.run(() -> assertThat(alerts.statusProperty().get())
                .isEqualTo(onServer.resourceName() + " cannot be opened in this console."));
        navigatorAnswer = true;
        ui.run(() -> alerts.openResource(onServer));
        ui.run(() -> alerts.openResource(onAppliance));

        assertThat(navigated).containsExactly(onServer.linkUri(), onServer.linkUri());
        assertThat(onServer.linkUri()).startsWith("/rest/server-hardware/");
        assertThat(onAppliance.linkUri()).isNull();
        ui.run(() -> assertThat(alerts.statusProperty().get()).isEmpty());
    }

    @Test
    void openSelectsAListedAlertReadsAnUnlistedOneAndRefusesOtherKinds() {
        AlertRow listed = firstRow(row -> true);
        String cleared = stored(a -> !open(a)).get(0).get("uri").asString();

        assertThat(ui.call(() -> alerts.open(listed.uri()))).isTrue();
        ui.run(() -> assertThat(alerts.selectedProperty().get()).isEqualTo(listed));
        assertThat(ui.call(() -> alerts.open(cleared))).isTrue();
        ui.waitUntil("the unlisted alert is read", () -> alerts.selectedProperty().get() != null
                && alerts.selectedProperty().get().uri().equals(cleared));
        ui.run(() -> assertThat(alerts.rows()).extracting(AlertRow::uri).doesNotContain(cleared));
        assertThat(ui.call(() -> alerts.open("/rest/server-hardware/1"))).isFalse();
        assertThat(ui.call(() -> alerts.open("/rest/alerts"))).isFalse();
    }

    @Test
    void refreshKeepsTheSelectedAlertWhenTheNewListHasItAndDropsItWhenNot() {
        AlertRow critical = firstRow(row -> "Critical".equals(row.severity()));
        ui.run(() -> alerts.selectedProperty().set(critical));

        ui.run(alerts::refresh);
        waitForList();
        ui.run(() -> assertThat(alerts.selectedProperty().get().uri()).isEqualTo(critical.uri()));

        ui.run(() -> alerts.severityFilterProperty().set("Warning"));
        waitForList();
        ui.run(() -> assertThat(alerts.selectedProperty().get()).isNull());
    }

    @Test
    void oddAlertsShowAsSentWithoutALink() {
        AlertRow row = firstRow(r -> r.alertState() == AlertState.ACTIVE && r.linkUri() != null);
        sim.simulator().editAlertAsAnotherUser(id(row), alert -> {
            alert.put("severity", "Informational");
            alert.put("alertState", "Pending");
            alert.putNull("resourceUri");
            alert.putNull("associatedResource");
            alert.putNull("changeLog");
            alert.put("created", "yesterday");
        });

        ui.run(alerts::refresh);
        waitForList();

        AlertRow odd = firstRow(r -> r.uri().equals(row.uri()));
        assertThat(odd.severity()).isEqualTo("Informational");
        assertThat(odd.level()).isEqualTo(HealthStatus.UNRECOGNIZED);
        assertThat(odd.state()).isEqualTo("Pending");
        assertThat(odd.linkUri()).isNull();
        assertThat(odd.resourceName()).isEmpty();
        assertThat(odd.changeLog()).isEmpty();
        assertThat(ui.call(() -> alerts.shortTime(odd.alert().created()))).isEqualTo("yesterday");
    }

    @Test
    void aListThatCannotBeReadSaysSoAndShowsTheError() {
        sim.simulator().malformAnswers("/rest/alerts");

        ui.run(alerts::refresh);
        waitForList();

        ui.run(() -> {
            assertThat(alerts.rows()).isEmpty();
            assertThat(alerts.placeholderProperty().get()).contains("could not be read");
            assertThat(alerts.statusProperty().get()).startsWith("The alerts could not be read");
        });
        assertThat(dialogs.errors).hasSize(1);
    }

    @Test
    void aChangedCertificateSaysSoWithoutOfferingF5() {
        sim.rotateCertificateFor(appliance.client());

        ui.run(alerts::refresh);
        waitForList();

        ui.run(() -> {
            assertThat(alerts.rows()).isEmpty();
            assertThat(alerts.placeholderProperty().get()).isEqualTo(messages.get("alerts.list.certificateChanged"))
                    .startsWith("The alerts could not be read.").doesNotContain("F5");
            assertThat(alerts.statusProperty().get()).as("the failure line says it once").isEmpty();
        });
    }

    private static String id(AlertRow row) {
        return row.uri().substring(row.uri().lastIndexOf('/') + 1);
    }
}
