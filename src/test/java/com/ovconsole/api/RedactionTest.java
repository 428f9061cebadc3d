package com.ovconsole.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class RedactionTest {

    @Test
    void authHeaderValueIsMasked() {
        assertThat(Redaction.headerValue("auth", "LTE4NjY2")).isEqualTo(Redaction.MASK);
        assertThat(Redaction.headerValue("Auth", "LTE4NjY2")).isEqualTo(Redaction.MASK);
        assertThat(Redaction.headerValue("X-API-Version", "3800")).isEqualTo("3800");
    }

    @Test
    void sessionIdsAndPasswordsInJsonAreMasked() {
        String text = Redaction.text("{\"sessionID\":\"LTE4NjY2\",\"password\" : \"p\\\"w\",\"userName\":\"alice\"}");

        assertThat(text).doesNotContain("LTE4NjY2", "p\\\"w").contains("\"userName\":\"alice\"")
                .contains("\"sessionID\":\"<redacted>\"");
    }

    @Test
    void authLinesInFreeTextAreMasked() {
        assertThat(Redaction.text("GET /rest/x\nauth: LTE4NjY2\nAccept: application/json"))
                .isEqualTo("GET /rest/x\nauth: <redacted>\nAccept: application/json");
    }

    @Test
    void requestLogNamesMethodPathStatusAndDurationButNoSecrets() {
        List<String> lines = new CopyOnWriteArrayList<>();
        try (TestAppliance appliance = TestAppliance.start("appliance-a")) {
            appliance.json("/rest/version", 200, "{\"currentVersion\":3800,\"minimumVersion\":120}")
                    .json("/rest/login-sessions", 200, "{\"sessionID\":\"SECRET-SESSION\"}")
                    .json("/rest/thing", 200, "{}");
            ApplianceClient client = ApplianceClient.builder(appliance.address())
                    .pinnedSha256(TestAppliance.fingerprint("appliance-a")).logger(new Recording(lines)).build();

            client.login(new Credentials("alice", "SECRET-PASSWORD".toCharArray(), "LOCAL", false));
            client.get("/rest/thing?filter=x", tools.jackson.databind.JsonNode.class);
        }

        assertThat(lines).anyMatch(line -> line.matches("GET /rest/thing -> 200 in \\d+ ms"));
        assertThat(lines).noneMatch(line -> line.contains("SECRET"));
    }

    /** Keeps formatted log lines. */
    private record Recording(List<String> lines) implements System.Logger {
        @Override
        public String getName() {
            return "test";
        }

        @Override
        public boolean isLoggable(Level level) {
            return true;
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
            lines.add(msg);
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String format, Object... params) {
            lines.add(params == null || params.length == 0 ? format : MessageFormat.format(format, params));
        }
    }
}
