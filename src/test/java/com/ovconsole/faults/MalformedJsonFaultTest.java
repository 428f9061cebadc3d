package com.ovconsole.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A JSON answer with a syntax error (a colon gone): a clear message, nothing lost. */
class MalformedJsonFaultTest {

    @TempDir
    Path configDir;

    @Test
    void openingSaysTheAnswerIsNotJson() {
        try (FaultBed bed = FaultBed.start(configDir)) {
            String shown = SpoiledAnswers.openWhileSpoiled(bed, path -> bed.sim.malformAnswers(path));

            assertThat(shown).contains("GET /rest/server-profiles/", "is not valid JSON", "line 1");
        }
    }

    @Test
    void savingKeepsTheEditAndLandsLater() {
        try (FaultBed bed = FaultBed.start(configDir)) {
            String shown = SpoiledAnswers.saveWhileSpoiled(bed, path -> bed.sim.malformAnswers(path));

            assertThat(shown).contains("PUT /rest/server-profiles/", "is not valid JSON", "line 1");
        }
    }
}
