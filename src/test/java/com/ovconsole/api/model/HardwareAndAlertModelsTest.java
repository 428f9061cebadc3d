package com.ovconsole.api.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Server hardware and alerts as appliances send them, including the odd ones. */
class HardwareAndAlertModelsTest {

    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();

    @Test
    void aServerLikeTheSdkMockupReadsItsIloBayAndPower() {
        ServerHardware server = json.readValue("""
                {"uri":"/rest/server-hardware/30303437","name":"0000A66103, bay 5","position":5,
                 "powerState":"On","status":"OK","model":"HPE Synergy 480 Gen9 Compute Module",
                 "serverProfileUri":"/rest/server-profiles/b425","portMap":{"deviceSlots":[]},
                 "mpHostInfo":{"mpIpAddresses":[{"address":"fe80:0:0:0:2:0:3:17","type":"LinkLocal"},
                   {"address":"172.18.6.23","type":"Static"}],"mpHostName":"172.18.6.23"}}
                """, ServerHardware.class);

        assertThat(server.iloAddress()).isEqualTo("172.18.6.23");
        assertThat(server.position()).isEqualTo(5);
        assertThat(server.power()).isEqualTo(PowerState.ON);
        assertThat(server.health()).isEqualTo(HealthStatus.OK);
        assertThat(server.hasProfile()).isTrue();
    }

    @Test
    void aRackServerWithoutBayIloOrProfileStillReads() {
        ServerHardware server = json.readValue("""
                {"uri":"/rest/server-hardware/1","name":"dl380-7","position":null,"powerState":"PoweringOff",
                 "status":"Disabled","serverProfileUri":null,"mpHostInfo":{"mpIpAddresses":null}}
                """, ServerHardware.class);

        assertThat(server.iloAddress()).isNull();
        assertThat(server.position()).isNull();
        assertThat(server.power().isChanging()).isTrue();
        assertThat(server.health()).isEqualTo(HealthStatus.DISABLED);
        assertThat(server.hasProfile()).isFalse();
    }

    @Test
    void unknownValuesAreKeptRawAndMarkedUnrecognized() {
        assertThat(PowerState.parse("Unknown")).isEqualTo(PowerState.UNKNOWN);
        assertThat(PowerState.parse("Hibernating")).isEqualTo(PowerState.UNRECOGNIZED);
        assertThat(PowerState.parse(null)).isEqualTo(PowerState.UNKNOWN);
        assertThat(HealthStatus.parse("Major")).isEqualTo(HealthStatus.UNRECOGNIZED);
        assertThat(HealthStatus.parse("critical").needsAttention()).isTrue();
        assertThat(AlertState.parse("Pending")).isEqualTo(AlertState.UNRECOGNIZED);
        assertThat(AlertState.parse("Pending").isOpen()).isTrue();
        assertThat(AlertState.parse("Cleared").isOpen()).isFalse();
    }

    @Test
    void anAlertWithoutAResourceHasAnEmptyNameAndNoTarget() {
        Alert alert = json.readValue("""
                {"uri":"/rest/alerts/7","severity":"Warning","alertState":"Active",
                 "description":"Appliance disk space low.","associatedResource":null,"resourceUri":null}
                """, Alert.class);

        assertThat(alert.targetUri()).isNull();
        assertThat(alert.resourceName()).isEmpty();
        assertThat(alert.resourceCategory()).isNull();
        assertThat(alert.level()).isEqualTo(HealthStatus.WARNING);
    }

    @Test
    void anAlertLikeTheSdkMockupNamesItsServer() {
        Alert alert = json.readValue("""
                {"severity":"OK","alertState":"Cleared","type":"AlertResourceV3","uri":"/rest/alerts/49",
                 "associatedResource":{"resourceCategory":"server-hardware","associationType":"HAS_A",
                   "resourceUri":"/rest/server-hardware/3037","resourceName":"0000A66101, bay 3"},
                 "description":"Cold Start.","correctiveAction":null,"changeLog":[{"userEntered":false,"uri":null,"notes":"CLEARED","username":"System","created":null}],
                 "resourceUri":"/rest/server-hardware/3037","eTag":"2018-02-12T20:12:03.207Z"}
                """, Alert.class);

        assertThat(alert.resourceName()).isEqualTo("0000A66101, bay 3");
        assertThat(alert.targetUri()).isEqualTo("/rest/server-hardware/3037");
        assertThat(alert.resourceCategory()).isEqualTo("server-hardware");
        assertThat(alert.state()).isEqualTo(AlertState.CLEARED);
        assertThat(alert.correctiveAction()).isNull();
        assertThat(alert.changeLog()).containsExactly(new AlertChange("CLEARED", "System", null, false));
    }

    @Test
    void aMissingOrNullChangeLogReadsAsEmpty() {
        Alert none = json.readValue("{\"uri\":\"/rest/alerts/8\"}", Alert.class);
        Alert nulls = json.readValue("{\"uri\":\"/rest/alerts/9\",\"changeLog\":[null]}", Alert.class);

        assertThat(none.changeLog()).isEmpty();
        assertThat(nulls.changeLog()).isEmpty();
    }
}
