package com.ovconsole.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An answer nested 100,000 arrays deep (200 KB): the parser refuses it by depth instead of running
 * out of stack, the user reads why, the edit stays.
 */
class NestedJsonFaultTest {

    private static final int DEPTH = 100_000;

    @TempDir
    Path configDir;

    @Test
    void openingSaysTheAnswerIsTooDeep() {
        try (FaultBed bed = FaultBed.start(configDir)) {
            String shown = SpoiledAnswers.openWhileSpoiled(bed, path -> bed.sim.deeplyNestedAnswers(path, DEPTH));

            assertThat(shown).contains("GET /rest/server-profiles/", "nested");
        }
    }

    @Test
    void savingKeepsTheEditAndLandsLater() {
        try (FaultBed bed = FaultBed.start(configDir)) {
            String shown = SpoiledAnswers.saveWhileSpoiled(bed, path -> bed.sim.deeplyNestedAnswers(path, DEPTH));

            assertThat(shown).contains("PUT /rest/server-profiles/", "nested");
        }
    }
}
