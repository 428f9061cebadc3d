package com.ovconsole.ui.hardware;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.api.ApplianceErrorException;
import com.ovconsole.api.model.HealthStatus;
import com.ovconsole.api.model.PowerState;
import com.ovconsole.sim.SimulatorConfig;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Servers as odd appliances send them (the simulator's {@code oddServers}): an unknown power state
 * and health, no iLO, model or bay, no power state at all, no profile. Each shows in words.
 */
class HardwareOddInputTest {

    private HardwareTestbed bed;
    private HardwareViewModel list;
    private List<String> ids;

    @BeforeEach
    void start() {
        bed = new HardwareTestbed(SimulatorConfig.builder().taskSeconds(1).profiles(10).servers(20).oddServers(true));
        list = bed.ui.call(() -> new HardwareViewModel(bed.appliance, bed.services));
        bed.ui.run(list::refresh);
        bed.ui.waitUntil("the list is read", () -> list.rows().size() == 20 && !list.loadingProperty().get());
        ids = bed.fixture.simulator().serverHardwareIds();
    }

    @AfterEach
    void stop() {
        bed.ui.run(list::close);
        bed.close();
    }

    private HardwareRow row(int index) {
        return bed.ui.call(() -> rowNow(index));
    }

    /** On the UI thread (in a condition). */
    private HardwareRow rowNow(int index) {
        String uri = "/rest/server-hardware/" + ids.get(index);
        return list.rows().stream().filter(r -> r.uri().equals(uri)).findFirst().orElseThrow();
    }

    @Test
    void anUnknownPowerStateAndHealthShowAsSent() {
        HardwareRow odd = row(17);

        assertThat(odd.power()).isEqualTo(PowerState.UNRECOGNIZED);
        assertThat(odd.powerText()).isEqualTo("Hibernating");
        assertThat(odd.health()).isEqualTo(HealthStatus.UNRECOGNIZED);
        assertThat(odd.healthText()).isEqualTo("Degraded");
        assertThat(odd.hasProfile()).isFalse();
    }

    @Test
    void aServerWithoutIloModelOrBayShowsWordsForEach() {
        HardwareRow bare = row(18);

        assertThat(bare.ilo()).isEqualTo("Not reported");
        assertThat(bare.model()).isEqualTo("Unknown model");
        assertThat(bare.location()).isEqualTo("Not in a bay");
        assertThat(bare.profileName()).isNull();
    }

    @Test
    void aServerWithoutPowerStateOrStatusIsUnknown() {
        HardwareRow silent = row(19);

        assertThat(silent.powerText()).isEqualTo("Unknown");
        assertThat(silent.healthText()).isEqualTo("Unknown");
    }

    @Test
    void aPowerActionTheApplianceRefusesShowsItsErrorAndFreesTheRow() {
        HardwareRow odd = row(17);
        bed.dialogs.confirmAnswer = true;

        bed.ui.run(() -> {
            list.select(odd);
            list.powerOff();
        });

        bed.ui.waitUntil("the error is shown", () -> !bed.dialogs.errors.isEmpty());
        assertThat(bed.dialogs.errors.get(0)).isInstanceOf(ApplianceErrorException.class);
        assertThat(bed.dialogs.shown.get(0).message()).contains("No server profile is applied");
        bed.ui.waitUntil("the row is free again", () -> !rowNow(17).busy() && list.canPowerOffProperty().get());
        assertThat(row(17).powerText()).isEqualTo("Hibernating");
        assertThat(bed.tasks.tracked).isEmpty();
    }

    @Test
    void aPowerStateANewerApplianceSendsShowsAsSentInEveryRow() {
        bed.fixture.simulator().overrideAnswerField("/rest/server-hardware", "powerState", "StandbyPowerSaving");

        bed.ui.run(list::refresh);
        bed.ui.waitUntil("the list read again", () -> list.rows().size() == 20 && !list.loadingProperty().get());

        // Every server that has the field: the last one sends none (oddServers) and stays Unknown.
        bed.ui.run(() -> assertThat(list.rows()).filteredOn(row -> row.power() != PowerState.UNKNOWN).hasSize(19)
                .allMatch(row -> row.power() == PowerState.UNRECOGNIZED && row.powerText().equals("StandbyPowerSaving")));
        assertThat(bed.dialogs.errors).isEmpty();
    }

    @Test
    void aPageThatIsNotJsonShowsTheErrorAndTheListSaysItWasNotReadUntilF5Works() {
        bed.fixture.simulator().malformAnswers("/rest/server-hardware");

        bed.ui.run(list::refresh);
        bed.ui.waitUntil("the failure", () -> list.failedProperty().get() && !list.loadingProperty().get());

        assertThat(bed.dialogs.errors).hasSize(1);
        bed.ui.run(() -> {
            assertThat(list.rows()).isEmpty();
            assertThat(list.summaryProperty().get()).isEqualTo("Not read");
            assertThat(list.failureProperty().get()).isEqualTo("The servers could not be read. Press F5 to try again.");
        });
        bed.fixture.simulator().clearSpoiledAnswers();
        bed.ui.run(list::refresh);
        bed.ui.waitUntil("the list again", () -> list.rows().size() == 20 && !list.failedProperty().get());
    }

    @Test
    void aChangedCertificateSaysSoWithoutOfferingF5() {
        bed.fixture.rotateCertificateFor(bed.appliance.client());

        bed.ui.run(list::refresh);
        bed.ui.waitUntil("the failure", () -> list.failedProperty().get() && !list.loadingProperty().get());

        bed.ui.run(() -> assertThat(list.failureProperty().get())
                .isEqualTo(bed.services.messages().get("hardware.list.certificateChanged"))
                .startsWith("The servers could not be read.").doesNotContain("F5"));
    }
}
