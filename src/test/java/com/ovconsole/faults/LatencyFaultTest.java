package com.ovconsole.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.ui.profiles.editor.ProfileEditorViewModel;
import com.ovconsole.ui.profiles.editor.ProfileField;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A slow appliance. 2 s per answer is slow but within the timeout: the save goes through. 30 s is
 * past the client's timeout: the message names the request and the timeout, and the edit stays.
 * The timeout is the client's own setting, shortened here so the test stays fast.
 */
class LatencyFaultTest {

    @TempDir
    Path configDir;

    @Test
    void twoSecondsPerAnswerIsSlowButTheSaveGoesThrough() {
        try (FaultBed bed = FaultBed.start(configDir)) {
            String id = bed.firstId();
            ProfileEditorViewModel editor = bed.open(id);
            bed.type(editor, ProfileField.DESCRIPTION, "saved on a slow link");
            bed.sim.setLatencyMs(2_000);

            String status = bed.save(editor);

            assertThat(status).isEqualTo(bed.messages.get("profiles.editor.saved"));
            assertThat(bed.errorTexts()).isEmpty();
            assertThat(bed.storedDescription(id)).isEqualTo("saved on a slow link");
        }
    }

    @Test
    void thirtySecondsPerAnswerTimesOutNamingTheRequestAndTheTimeoutAndKeepsTheEdit() {
        try (FaultBed bed = new FaultBed(FaultBed.quick(), configDir, Duration.ofMillis(1_500))) {
            String id = bed.firstId();
            ProfileEditorViewModel editor = bed.open(id);
            bed.type(editor, ProfileField.DESCRIPTION, "typed before the appliance froze");
            bed.sim.setLatencyMs(30_000);

            String status = bed.save(editor);

            assertThat(status).isEqualTo(bed.messages.get("profiles.editor.notSaved"));
            assertThat(bed.errorText()).contains(bed.fixture.address(), "did not answer",
                    "PUT /rest/server-profiles/" + id, "within 1.5 s");
            assertThat(bed.shown(editor, ProfileField.DESCRIPTION)).isEqualTo("typed before the appliance froze");
            assertThat(bed.draftDescription(id)).contains("typed before the appliance froze");
        }
    }
}
