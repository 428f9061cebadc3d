package com.ovconsole.merge;

import static com.ovconsole.merge.Json.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The merge on a real OneView server profile (ServerProfileV9 sample). */
class ServerProfileMergeTest {

    private final ThreeWayMerge merger = ThreeWayMerge.forServerProfiles();
    private final ObjectNode base = load();

    private static ObjectNode load() {
        try (InputStream in = ServerProfileMergeTest.class.getResourceAsStream("server-profile-v9.json")) {
            return (ObjectNode) Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private ObjectNode connection(ObjectNode profile, int index) {
        return (ObjectNode) profile.at("/connectionSettings/connections/" + index);
    }

    @Test
    void myEditsAndTheApplianceUpdateMergeWithoutConflict() {
        ObjectNode mine = base.deepCopy();
        mine.put("description", "Web tier, rack 4");
        connection(mine, 0).put("requestedMbps", "5000");
        ((ArrayNode) mine.at("/bios/overriddenSettings")).add(json("{'id':'WorkloadProfile','value':'Virtualization'}"));

        ObjectNode theirs = base.deepCopy();
        theirs.put("eTag", "1526058827999/43").put("modified", "2018-06-05T08:00:00.000Z").put("status", "Warning");
        theirs.put("name", "Apache_Primary_renamed");
        ObjectNode second = connection(theirs, 0).deepCopy().put("id", 2).put("portId", "Mezz 3:2-a");
        ((ArrayNode) theirs.at("/connectionSettings/connections")).add(second);
        ((ArrayNode) theirs.at("/boot/order")).add("PXE");

        MergeResult result = merger.merge(base, mine, theirs);

        assertThat(result.hasConflicts()).isFalse();
        JsonNode merged = result.merged();
        assertThat(merged.get("description").asString()).isEqualTo("Web tier, rack 4");
        assertThat(merged.get("name").asString()).isEqualTo("Apache_Primary_renamed");
        assertThat(merged.get("eTag").asString()).isEqualTo("1526058827999/43");
        assertThat(merged.at("/connectionSettings/connections/0/requestedMbps").asString()).isEqualTo("5000");
        assertThat(merged.at("/connectionSettings/connections/1/portId").asString()).isEqualTo("Mezz 3:2-a");
        assertThat(merged.at("/boot/order")).isEqualTo(json("['HardDisk','PXE']"));
        assertThat(merged.at("/bios/overriddenSettings/0/value").asString()).isEqualTo("Virtualization");
        // Everything nobody touched is carried through untouched.
        assertThat(merged.get("firmware")).isEqualTo(base.get("firmware"));
        assertThat(merged.get("sanStorage")).isEqualTo(base.get("sanStorage"));
        assertThat(result.changes()).filteredOn(c -> c.kind() == ChangeKind.SERVER_MANAGED)
                .extracting(c -> c.path().toString())
                .containsExactlyInAnyOrder("/eTag", "/modified", "/status");
    }

    @Test
    void bandwidthChangedOnBothSidesIsOneConflictNamedByConnectionId() {
        ObjectNode mine = base.deepCopy();
        connection(mine, 0).put("requestedMbps", "5000");
        ObjectNode theirs = base.deepCopy();
        connection(theirs, 0).put("requestedMbps", "1000");
        theirs.put("eTag", "new");

        MergeResult result = merger.merge(base, mine, theirs);

        assertThat(result.conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.path().toString()).isEqualTo("/connectionSettings/connections[id=1]/requestedMbps");
            assertThat(conflict.path().label()).isEqualTo("connectionSettings › connections [id=1] › requestedMbps");
        });
        JsonNode resolved = result.resolve(Map.of(result.conflicts().get(0).path(), Choice.THEIRS));
        assertThat(resolved.at("/connectionSettings/connections/0/requestedMbps").asString()).isEqualTo("1000");
        assertThat(resolved.get("eTag").asString()).isEqualTo("new");
    }

    @Test
    void thousandsOfConnectionsChangedOnBothSidesMergeByKey() {
        ObjectNode big = base.deepCopy();
        ArrayNode connections = (ArrayNode) big.at("/connectionSettings/connections");
        ObjectNode template = (ObjectNode) connections.get(0);
        connections.removeAll();
        for (int id = 1; id <= 3000; id++) {
            connections.add(template.deepCopy().put("id", id).put("name", "net-" + id));
        }
        ObjectNode mine = big.deepCopy();
        ObjectNode theirs = big.deepCopy();
        for (int i = 0; i < 3000; i += 2) {
            connection(mine, i).put("requestedMbps", "5000");
            connection(theirs, i + 1).put("requestedMbps", "1000");
        }

        MergeResult result = merger.merge(big, mine, theirs);

        assertThat(result.hasConflicts()).isFalse();
        assertThat(result.changes()).hasSize(3000);
        assertThat(result.merged().at("/connectionSettings/connections/2998/requestedMbps").asString()).isEqualTo("5000");
        assertThat(result.merged().at("/connectionSettings/connections/2999/requestedMbps").asString()).isEqualTo("1000");
    }
}
