package com.ovconsole.ui.connections;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.api.ApiException;
import com.ovconsole.store.ApplianceEntry;
import com.ovconsole.ui.RecordingDialogService;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The list itself: first run, add/edit/remove through the form, bad files and servers that are not OneView. */
class ApplianceListEditingTest {

    @TempDir
    Path configDir;

    @Test
    void firstRunListsTheBuiltInDemoApplianceSelected() {
        ConnectionsHarness harness = new ConnectionsHarness(configDir);

        harness.list.load();

        assertThat(harness.list.getItems()).extracting(item -> item.getEntry().displayName())
                .containsExactly("Demo appliance (built in)");
        assertThat(harness.list.selectedProperty().get().getEntry().demo()).isTrue();
        assertThat(harness.dialogs.shown).isEmpty();
    }

    @Test
    void addedApplianceIsStoredAndSelected() {
        ConnectionsHarness harness = new ConnectionsHarness(configDir);
        harness.list.load();
        harness.prompts.fillForm = form -> {
            form.addressProperty().set("https://oneview.example.com:8443");
            form.displayNameProperty().set("Production");
            form.userNameProperty().set("CORP\\alice");
            form.proxyProperty().set("proxy.example.com:3128");
        };

        harness.list.add();

        ApplianceEntry stored = harness.store.load().value().get(1);
        assertThat(stored.displayName()).isEqualTo("Production");
        assertThat(stored.address()).isEqualTo("https://oneview.example.com:8443");
        assertThat(stored.userName()).isEqualTo("CORP\\alice");
        assertThat(stored.proxy()).isEqualTo("proxy.example.com:3128");
        assertThat(harness.list.selectedProperty().get().getEntry()).isEqualTo(stored);
    }

    @Test
    void invalidFormIsNotSaved() {
        ConnectionsHarness harness = new ConnectionsHarness(configDir);
        harness.list.load();
        harness.prompts.fillForm = form -> form.addressProperty().set("http://insecure.example.com");

        harness.list.add();

        assertThat(harness.prompts.forms.get(0).addressErrorProperty().get()).contains("HTTPS");
        assertThat(harness.store.load().value()).hasSize(1);
    }

    @Test
    void editingTheHostForgetsThePinnedCertificate() {
        ConnectionsHarness harness = new ConnectionsHarness(configDir);
        ApplianceItem item = harness.appliance("Lab", "lab.example.com", "AB".repeat(32));
        harness.list.selectedProperty().set(item);
        harness.prompts.fillForm = form -> form.displayNameProperty().set("Lab (renamed)");

        harness.list.editSelected();

        assertThat(harness.stored(item.getEntry().id()).displayName()).isEqualTo("Lab (renamed)");
        assertThat(harness.stored(item.getEntry().id()).pinnedCertificateSha256()).isEqualTo("AB".repeat(32));

        harness.prompts.fillForm = form -> form.addressProperty().set("other.example.com");
        harness.list.editSelected();

        assertThat(harness.stored(item.getEntry().id()).pinnedCertificateSha256()).isNull();
        assertThat(item.getEntry().address()).isEqualTo("other.example.com");
    }

    @Test
    void removeAsksFirstAndKeepsTheEntryWhenTheUserSaysNo() {
        ConnectionsHarness harness = new ConnectionsHarness(configDir);
        ApplianceItem item = harness.appliance("Lab", "lab.example.com", null);
        harness.list.selectedProperty().set(item);

        harness.list.removeSelected();

        assertThat(harness.dialogs.shown).extracting(RecordingDialogService.Shown::kind).containsExactly("confirm");
        assertThat(harness.list.getItems()).contains(item);

        harness.dialogs.confirmAnswer = true;
        harness.list.removeSelected();

        assertThat(harness.list.getItems()).doesNotContain(item);
        assertThat(harness.store.load().value()).extracting(ApplianceEntry::id).doesNotContain(item.getEntry().id());
    }

    @Test
    void corruptConfigFileIsMovedAsideAndReportedOnce() throws Exception {
        Files.writeString(configDir.resolve("appliances.json"), "{ this is not json");
        ConnectionsHarness harness = new ConnectionsHarness(configDir);

        harness.list.load();

        assertThat(harness.dialogs.shown).singleElement().satisfies(shown -> {
            assertThat(shown.kind()).isEqualTo("warning");
            assertThat(shown.message()).contains("appliance list");
        });
        assertThat(harness.list.getItems()).hasSize(1);
        try (var files = Files.list(configDir)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .anyMatch(name -> name.startsWith("appliances.json") && !name.equals("appliances.json"));
        }

        new ConnectionsHarness(configDir).list.load();
        assertThat(harness.dialogs.shown).hasSize(1);
    }

    @Test
    void serverThatIsNotOneViewGivesAClearMessage() throws Exception {
        HttpsServer server = htmlServer();
        try {
            ConnectionsHarness harness = new ConnectionsHarness(configDir);
            ApplianceItem item = harness.appliance("Web server", "127.0.0.1:" + server.getAddress().getPort(), null);

            harness.list.connect(item);

            assertThat(item.getStatus()).isEqualTo(ConnectionStatus.ERROR);
            assertThat(harness.dialogs.errors).singleElement().isInstanceOf(ApiException.class);
            assertThat(item.getDetail()).contains("/rest/version").doesNotContain("at com.");
        } finally {
            server.stop(0);
        }
    }

    /** A plain web server with its own certificate, answering every path with an HTML page. */
    private static HttpsServer htmlServer() throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(ConnectStepsTest.otherKeystore())) {
            keys.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        managers.init(keys, "changeit".toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(managers.getKeyManagers(), null, null);
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        server.createContext("/", exchange -> {
            byte[] page = "<html><body><h1>It works!</h1></body></html>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        server.start();
        return server;
    }
}
