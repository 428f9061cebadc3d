package com.ovconsole.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SeededInventoryTest {

    @Test
    void everyProfileCanBeSavedAsSeededConnectionNamesAreUniqueWithinAProfile() {
        try (ApplianceSimulator sim = ApplianceSimulator.start(SimulatorConfig.builder().port(0).profiles(300).build())) {
            for (String id : sim.profileIds()) {
                List<String> names = new ArrayList<>();
                for (JsonNode connection : sim.profile(id).path("connectionSettings").path("connections")) {
                    names.add(connection.path("name").asString());
                }
                assertThat(names).as("connection names of %s", id).isNotEmpty().doesNotHaveDuplicates();
            }
        }
    }
}
