package com.ovconsole.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 50 MB answer where a profile was expected: the client reads no more than its cap (32 MiB), says
 * so, and the editor keeps the edit. The one big body of the suite.
 */
class HugeJsonFaultTest {

    private static final long FIFTY_MB = 50L * 1000 * 1000;

    @TempDir
    Path configDir;

    @Test
    void aFiftyMegabyteAnswerIsRefusedWithItsSizeAndTheEditIsKept() {
        try (FaultBed bed = FaultBed.start(configDir)) {
            String shown = SpoiledAnswers.saveWhileSpoiled(bed, path -> bed.sim.hugeAnswers(path, FIFTY_MB));

            assertThat(shown).contains("PUT /rest/server-profiles/", "larger than 32 MiB", "it was not read");
        }
    }
}
