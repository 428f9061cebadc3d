package com.ovconsole.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Passwords, session ids and auth tokens must never reach a file: no record even has such a field. */
class NoSecretsOnDiskTest {

    private static final Pattern SECRET = Pattern.compile("(?i).*(password|passwd|session|auth|token|secret|credential).*");

    @Test
    void noStoredRecordHasAFieldNamedLikeASecret() {
        List<Object> everyRecord = List.of(
                new ApplianceEntry("id", "name", "host:443", "user", "LOCAL", "ab", "proxy:3128", false),
                Settings.defaults().withLastDownloadFolder("/d"),
                new Draft("a", "/rest/server-profiles/1", StoreJson.mapper().createObjectNode(), "e",
                        StoreJson.mapper().createObjectNode(), Instant.EPOCH),
                new RunningTask("a", "/rest/tasks/1", "t", "r", Instant.EPOCH, true));

        List<String> names = new ArrayList<>();
        for (Object record : everyRecord) {
            collectFieldNames(StoreJson.mapper().valueToTree(record), names);
        }

        assertThat(names).contains("userName", "pinnedCertificateSha256", "theme", "baseETag", "taskUri");
        assertThat(names).noneMatch(name -> SECRET.matcher(name).matches());
    }

    @Test
    void theCheckRecognisesSecretNames() {
        assertThat(List.of("password", "sessionID", "Auth", "apiToken")).allMatch(name -> SECRET.matcher(name).matches());
    }

    private static void collectFieldNames(JsonNode node, List<String> names) {
        names.addAll(node.propertyNames());
        node.forEach(child -> collectFieldNames(child, names));
    }
}
