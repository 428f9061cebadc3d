package com.ovconsole.ui.hardware;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.api.model.PowerState;
import com.ovconsole.sim.SimulatorConfig;
import com.ovconsole.ui.PagedList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** The server list against the simulator over HTTPS: pages, filter, sort, power actions, open, links. */
class HardwareViewModelTest {

    private static final int SERVERS = 150;

    private HardwareTestbed bed;
    private HardwareViewModel list;

    @BeforeEach
    void start() {
        bed = new HardwareTestbed(SimulatorConfig.builder().taskSeconds(1).profiles(100).servers(SERVERS));
        list = bed.ui.call(() -> new HardwareViewModel(bed.appliance, bed.services));
        bed.ui.run(list::refresh);
        waitForList();
    }

    @AfterEach
    void stop() {
        bed.ui.run(list::close);
        bed.close();
    }

    private void waitForList() {
        bed.ui.waitUntil("the list is read", () -> !list.rows().isEmpty() && !list.loadingProperty().get());
    }

    /** From the test thread. */
    private HardwareRow row(String uri) {
        return bed.ui.call(() -> rowNow(uri));
    }

    /** On the UI thread (in a condition or a run). */
    private HardwareRow rowNow(String uri) {
        return list.rows().stream().filter(r -> r.uri().equals(uri)).findFirst().orElse(null);
    }

    @Test
    void firstPageShowsHowManyOfTheTotalAndTheRestLoadsAsTheUserScrolls() {
        bed.ui.run(() -> {
            assertThat(list.rows()).hasSize(PagedList.PAGE_SIZE);
            assertThat(list.summaryProperty().get()).isEqualTo("64 of 150");
            assertThat(list.hasMore()).isTrue();
            list.rowShown(40);
        });
        bed.ui.waitUntil("the second page", () -> list.rows().size() == 128 && !list.loadingProperty().get());
        bed.ui.run(() -> list.rowShown(120));
        bed.ui.waitUntil("the last page", () -> list.rows().size() == SERVERS && !list.loadingProperty().get());

        bed.ui.run(() -> {
            assertThat(list.hasMore()).isFalse();
            assertThat(list.summaryProperty().get()).isEqualTo("150 of 150");
            assertThat(list.rows()).extracting(HardwareRow::uri).doesNotHaveDuplicates();
            assertThat(list.rows().stream().map(HardwareRow::name).toList())
                    .isSortedAccordingTo(Comparator.comparing(n -> n.toLowerCase(Locale.ROOT)));
        });
    }

    @Test
    void rowsShowWhatTheApplianceSaysWithProfileNamesReadFromTheirUris() {
        ObjectNode assigned = bed.server(s -> !s.get("serverProfileUri").isNull());
        bed.ui.run(() -> list.filterTextProperty().set(assigned.get("name").asString()));
        bed.ui.waitUntil("the filtered row with its profile name", () -> list.rows().size() == 1
                && list.rows().get(0).profileName() != null);

        HardwareRow row = row(assigned.get("uri").asString());
        String profileUri = assigned.get("serverProfileUri").asString();
        String profileName = bed.appliance.client().get(profileUri, ObjectNode.class).tree().get("name").asString();
        assertThat(row.profileName()).isEqualTo(profileName);
        assertThat(row.model()).as("the short model, for a narrow column").isEqualTo(assigned.get("shortModel").asString());
        assertThat(row.fullModel()).as("the whole model, for its tooltip").isEqualTo(assigned.get("model").asString());
        assertThat(row.location()).isEqualTo("Bay " + assigned.get("position").asInt());
        assertThat(row.ilo()).isEqualTo(assigned.at("/mpHostInfo/mpIpAddresses/1/address").asString());
        assertThat(row.powerText()).isEqualTo(assigned.get("powerState").asString());
        assertThat(row.healthText()).isEqualTo(assigned.get("status").asString());
    }

    @Test
    void typingAFilterRequeriesTheApplianceOnceTypingPauses() {
        bed.ui.run(() -> {
            list.filterTextProperty().set("b");
            list.filterTextProperty().set("bay 1");
            list.filterTextProperty().set("bay 12");
        });
        bed.ui.waitUntil("the filtered list", () -> !list.loadingProperty().get() && !list.rows().isEmpty()
                && list.rows().stream().allMatch(row -> row.name().endsWith("bay 12")));

        bed.ui.run(() -> assertThat(list.summaryProperty().get()).isEqualTo(list.rows().size() + " of "
                + SERVERS / 12));
    }

    @Test
    void sortingByPowerStateAsksTheAppliance() {
        bed.ui.run(() -> list.sortBy("powerState", false));
        waitForList();

        bed.ui.run(() -> assertThat(list.rows()).allMatch(row -> row.power() == PowerState.ON));
    }

    @Test
    void powerOffAsksNamingServerAndProfileThenFollowsTheTaskUntilTheRowShowsOff() {
        ObjectNode on = bed.server(s -> "On".equals(s.get("powerState").asString()) && !s.get("serverProfileUri").isNull());
        String uri = on.get("uri").asString();
        showOnly(on);
        bed.dialogs.confirmAnswer = true;

        bed.ui.run(() -> {
            list.select(rowNow(uri));
            assertThat(list.canPowerOnProperty().get()).isFalse();
            assertThat(list.canPowerOffProperty().get()).isTrue();
            list.powerOff();
            // At once, before the appliance answers: the row says what runs and offers nothing more.
            assertThat(list.rows().get(0).powerText()).isEqualTo("Powering off…");
            assertThat(list.canPowerOffProperty().get()).isFalse();
            assertThat(list.canPowerOnProperty().get()).isFalse();
        });

        assertThat(bed.dialogs.shown).hasSize(1);
        assertThat(bed.dialogs.shown.get(0).message()).contains(on.get("name").asString())
                .contains(row(uri).profileName());
        bed.ui.waitUntil("the task went to the task panel", () -> bed.tasks.tracked.size() == 1);
        assertThat(bed.tasks.tracked.get(0).label()).isEqualTo("Power off " + on.get("name").asString());
        bed.ui.waitUntil("the row shows Off", () -> rowNow(uri).power() == PowerState.OFF && !rowNow(uri).busy());
        assertThat(bed.stored(uri).get("powerState").asString()).isEqualTo("Off");
        bed.ui.run(() -> {
            assertThat(list.rows().get(0).powerText()).isEqualTo("Off");
            assertThat(list.canPowerOnProperty().get()).isTrue();
            assertThat(list.canPowerOffProperty().get()).isFalse();
        });
        assertThat(bed.dialogs.errors).isEmpty();
    }

    @Test
    void noAtTheConfirmationSendsNothing() {
        ObjectNode on = bed.server(s -> "On".equals(s.get("powerState").asString()));
        showOnly(on);
        bed.dialogs.confirmAnswer = false;

        bed.ui.run(() -> {
            list.select(list.rows().get(0));
            list.forceOff();
        });

        assertThat(bed.dialogs.shown).hasSize(1);
        assertThat(bed.dialogs.shown.get(0).message()).contains("press and hold").contains(on.get("name").asString());
        assertThat(bed.tasks.tracked).isEmpty();
        bed.ui.run(() -> assertThat(list.rows().get(0).busy()).isFalse());
        assertThat(bed.stored(on.get("uri").asString()).get("powerState").asString()).isEqualTo("On");
    }

    @Test
    void powerOnOfAServerThatIsOnIsNotOffered() {
        ObjectNode on = bed.server(s -> "On".equals(s.get("powerState").asString()));
        showOnly(on);
        bed.dialogs.confirmAnswer = true;

        bed.ui.run(() -> {
            list.select(list.rows().get(0));
            list.powerOn();
        });

        assertThat(bed.dialogs.shown).isEmpty();
        assertThat(bed.tasks.tracked).isEmpty();
    }

    @Test
    void openSelectsALoadedRowOrFiltersToAServerNotLoaded() {
        String loaded = bed.ui.call(() -> list.rows().get(5).uri());
        assertThat(bed.ui.call(() -> list.open(loaded))).isTrue();
        bed.ui.run(() -> {
            assertThat(list.selectedProperty().get().uri()).isEqualTo(loaded);
            assertThat(list.revealedProperty().get().uri()).isEqualTo(loaded);
        });

        List<String> ids = bed.fixture.simulator().serverHardwareIds();
        ObjectNode far = bed.fixture.simulator().serverHardware(ids.get(ids.size() - 1));
        String farUri = far.get("uri").asString();
        assertThat(bed.ui.call(() -> list.rows().stream().anyMatch(r -> r.uri().equals(farUri)))).isFalse();

        assertThat(bed.ui.call(() -> list.open("https://appliance.example.net" + farUri))).isTrue();
        bed.ui.waitUntil("the far server is shown", () -> list.revealedProperty().get() != null
                && list.revealedProperty().get().uri().equals(farUri));
        bed.ui.run(() -> {
            assertThat(list.filterTextProperty().get()).isEqualTo(far.get("name").asString());
            assertThat(list.selectedProperty().get().uri()).isEqualTo(farUri);
        });
    }

    @Test
    void openAnswersFalseForOtherResourcesAndSaysSoForAServerThatIsGone() {
        bed.ui.run(() -> {
            assertThat(list.open("/rest/server-profiles/abc")).isFalse();
            assertThat(list.open("/rest/server-hardware")).isFalse();
            assertThat(list.open("/rest/server-hardware/abc/powerState")).isFalse();
            assertThat(list.open("/rest/server-hardware/no-such-server")).isTrue();
        });

        bed.ui.waitUntil("the status says so", () -> !list.statusProperty().get().isEmpty());
        assertThat(bed.ui.call(() -> list.statusProperty().get())).contains("/rest/server-hardware/no-such-server")
                .contains("not found");
    }

    @Test
    void theProfileLinkGoesToTheNavigatorAndAFailureShowsInTheStatusLine() {
        ObjectNode assigned = bed.server(s -> !s.get("serverProfileUri").isNull());
        showOnly(assigned);
        bed.ui.waitUntil("the profile name", () -> list.rows().get(0).profileName() != null);

        bed.ui.run(() -> list.openProfile(list.rows().get(0)));
        bed.navigatorAnswer = false;
        bed.ui.run(() -> list.openProfile(list.rows().get(0)));

        String profileUri = assigned.get("serverProfileUri").asString();
        assertThat(bed.navigated).containsExactly(profileUri, profileUri);
        bed.ui.run(() -> assertThat(list.statusProperty().get()).contains(list.rows().get(0).profileName())
                .contains("cannot be opened"));
    }

    /** Filters the list down to this one server, its profile's name read. */
    private void showOnly(ObjectNode server) {
        bed.ui.run(() -> list.filterTextProperty().set(server.get("name").asString()));
        bed.ui.waitUntil("only " + server.get("name"), () -> !list.loadingProperty().get() && list.rows().size() == 1
                && list.rows().get(0).uri().equals(server.get("uri").asString())
                && (!list.rows().get(0).hasProfile() || list.rows().get(0).profileName() != null));
    }
}
