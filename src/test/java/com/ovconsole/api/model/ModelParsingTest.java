package com.ovconsole.api.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

class ModelParsingTest {

    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();

    @Test
    void referenceErrorMessageParses() throws IOException {
        ErrorMessage error = json.readValue(resource("error-message.json"), ErrorMessage.class);

        assertThat(error.errorCode()).isEqualTo("MacTypeDiffGlobalMacType");
        assertThat(error.nestedErrors()).isEmpty();
        assertThat(error.data().isObject()).isTrue();
    }

    @Test
    void taskStatesMapWithUnknownForNewValues() {
        assertThat(TaskState.parse("Completed").isTerminal()).isTrue();
        assertThat(TaskState.parse("Warning").isSuccess()).isTrue();
        assertThat(TaskState.parse("Killed").isTerminal()).isTrue();
        assertThat(TaskState.parse("Interrupted").isTerminal()).isFalse();
        assertThat(TaskState.parse("Unknown").isTerminal()).isFalse();
        assertThat(TaskState.parse("SomethingNew")).isEqualTo(TaskState.UNKNOWN);
        assertThat(TaskState.parse(null)).isEqualTo(TaskState.UNKNOWN);
    }

    @Test
    void runningTaskReadsPercentAndProgress() throws IOException {
        TaskResource task = json.readValue(resource("task-running.json"), TaskResource.class);

        assertThat(task.percent()).isEqualTo(50);
        assertThat(task.associatedResource().resourceCategory()).isEqualTo("server-profiles");
        assertThat(task.progressUpdates()).extracting(ProgressUpdate::statusUpdate).contains("Apply server settings.");
    }

    @Test
    void loginBannerToleratesAPlainStringAndMissingFields() {
        LoginDetails plain = json.readValue("{\"loginMessage\":\"Welcome\"}", LoginDetails.class);
        LoginDetails bare = json.readValue("{}", LoginDetails.class);

        assertThat(plain.loginMessage()).isEqualTo(new LoginMessage("Welcome", false));
        assertThat(bare.allowLocalLogin()).isTrue();
        assertThat(bare.loginMessage()).isEqualTo(LoginMessage.NONE);
        assertThat(bare.configuredLoginDomains()).isEmpty();
    }

    @Test
    void versionToleratesExtraFieldsAndSessionHidesItsId() {
        ApiVersionInfo version = json.readValue("{\"currentVersion\":3800,\"minimumVersion\":120,\"x\":[]}",
                ApiVersionInfo.class);
        LoginSession session = json.readValue("{\"sessionID\":\"abc\",\"partnerData\":{}}", LoginSession.class);

        assertThat(version).isEqualTo(new ApiVersionInfo(3800, 120));
        assertThat(session.toString()).doesNotContain("abc");
    }

    @Test
    void backupResourceReadsItsDownloadUri() {
        Backup backup = json.readValue("{\"uri\":\"/rest/backups/appliance_backup_2026-11-27_101500\","
                + "\"id\":\"appliance_backup_2026-11-27_101500\","
                + "\"downloadUri\":\"/rest/backups/archive/appliance_backup_2026-11-27_101500\",\"type\":\"BACKUP\","
                + "\"backupSize\":1048576,\"status\":\"SUCCEEDED\",\"firmwareVersion\":\"6.60\"}", Backup.class);

        assertThat(backup.downloadUri()).isEqualTo("/rest/backups/archive/appliance_backup_2026-11-27_101500");
        assertThat(backup.backupSize()).isEqualTo(1_048_576L);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ModelParsingTest.class.getResourceAsStream("/com/ovconsole/api/" + name)) {
            return in.readAllBytes();
        }
    }
}
