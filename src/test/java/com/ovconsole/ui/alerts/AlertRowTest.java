package com.ovconsole.ui.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.api.model.Alert;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** One alert as a row: which resources link, what an odd alert shows, times in the app's short form. */
class AlertRowTest {

    private final JsonMapper json = JsonMapper.builder().build();

    private AlertRow row(String body) {
        ObjectNode tree = (ObjectNode) json.readTree(body);
        return AlertRow.of(json.treeToValue(tree, Alert.class), tree);
    }

    @Test
    void aServerLinksAndAKindNoTabShowsKeepsItsNameWithoutALink() {
        AlertRow server = row("""
                {"uri":"/rest/alerts/1","severity":"Critical","alertState":"Active","eTag":"e1",
                 "associatedResource":{"resourceName":"Encl1, bay 3","resourceUri":"/rest/server-hardware/31",
                   "resourceCategory":"server-hardware"}}""");
        AlertRow rack = row("""
                {"uri":"/rest/alerts/2","severity":"Warning","alertState":"Active",
                 "associatedResource":{"resourceName":"Rack 12","resourceUri":"/rest/racks/12",
                   "resourceCategory":"racks-of-the-future"}}""");

        assertThat(server.linkUri()).isEqualTo("/rest/server-hardware/31");
        assertThat(server.resource().eTag().value()).isEqualTo("e1");
        assertThat(rack.linkUri()).isNull();
        assertThat(rack.resourceName()).isEqualTo("Rack 12");
    }

    @Test
    void anAlertWithNothingButItsUriStillReads() {
        AlertRow bare = row("{\"uri\":\"/rest/alerts/3\"}");

        assertThat(bare.severity()).isEqualTo("Unknown");
        assertThat(bare.state()).isEmpty();
        assertThat(bare.description()).isEmpty();
        assertThat(bare.correctiveAction()).isEmpty();
        assertThat(bare.resourceName()).isEmpty();
        assertThat(bare.linkUri()).isNull();
        assertThat(bare.typeText()).isEmpty();
        assertThat(bare.changeLog()).isEmpty();
        assertThat(bare.resource().eTag()).isNull();
    }

    @Test
    void theTypeNamesItsHealthCategoryWhenItHasOne() {
        assertThat(row("{\"alertTypeID\":\"Trap.coldStart\",\"healthCategory\":\"None\"}").typeText())
                .isEqualTo("Trap.coldStart");
        assertThat(row("{\"alertTypeID\":\"Trap.x\",\"healthCategory\":\"Power\"}").typeText())
                .isEqualTo("Trap.x (Power)");
        assertThat(row("{\"healthCategory\":\"Power\"}").typeText()).isEqualTo("Power");
    }

    @Test
    void timesAreShortAndLocalAndAnUnreadableOneIsShownAsSent() {
        assertThat(AlertTimes.shortForm("2026-11-02T07:59:30.123Z", ZoneOffset.ofHours(2))).isEqualTo("2026-11-02 09:59");
        assertThat(AlertTimes.shortForm("last Tuesday", ZoneOffset.UTC)).isEqualTo("last Tuesday");
        assertThat(AlertTimes.shortForm(null, ZoneOffset.UTC)).isEmpty();
    }
}
