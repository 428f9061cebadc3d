package com.ovconsole.ui.connections;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.store.ApplianceEntry;
import com.ovconsole.ui.Messages;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApplianceFormViewModelTest {

    private final Messages messages = Messages.load(Locale.ROOT);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''                          | Enter the appliance's host name",
            "http://ov.example.com       | HTTPS only",
            "ov.example.com:99999        | between 1 and 65535",
            "https://ov.example.com/rest | only the appliance's host and port",
            "bad host name               | not a valid host"})
    void invalidAddressesExplainWhatIsWrong(String address, String message) {
        ApplianceFormViewModel form = new ApplianceFormViewModel(messages, null);

        form.addressProperty().set(address);

        assertThat(form.addressErrorProperty().get()).contains(message);
        assertThat(form.validProperty().get()).isFalse();
    }

    @Test
    void newFormStartsInvalidWithAnAddressHint() {
        ApplianceFormViewModel form = new ApplianceFormViewModel(messages, null);

        assertThat(form.validProperty().get()).isFalse();
        assertThat(form.getTitle()).isEqualTo("Add appliance");
        assertThat(form.userNameProperty().get()).isEqualTo("Administrator");
    }

    @Test
    void proxyMustBeHostAndPort() {
        ApplianceFormViewModel form = new ApplianceFormViewModel(messages, null);
        form.addressProperty().set("10.0.0.5");

        form.proxyProperty().set("proxy.example.com");
        assertThat(form.proxyErrorProperty().get()).contains("host:port");
        assertThat(form.validProperty().get()).isFalse();

        form.proxyProperty().set("proxy.example.com:3128");
        assertThat(form.proxyErrorProperty().get()).isEmpty();
        assertThat(form.validProperty().get()).isTrue();
    }

    @Test
    void blankDisplayNameFallsBackToTheAddress() {
        ApplianceFormViewModel form = new ApplianceFormViewModel(messages, null);
        form.addressProperty().set("  10.0.0.5:8443 ");

        ApplianceEntry entry = form.toEntry();

        assertThat(entry.displayName()).isEqualTo("10.0.0.5:8443");
        assertThat(entry.address()).isEqualTo("10.0.0.5:8443");
        assertThat(entry.proxy()).isNull();
        assertThat(entry.pinnedCertificateSha256()).isNull();
    }

    @Test
    void demoAppliancesAddressIsNotEditableAndAlwaysValid() {
        ApplianceFormViewModel form = new ApplianceFormViewModel(messages, ApplianceEntry.builtInDemo());

        assertThat(form.isAddressEditable()).isFalse();
        assertThat(form.validProperty().get()).isTrue();
        assertThat(form.toEntry().demo()).isTrue();
        assertThat(form.getTitle()).isEqualTo("Edit appliance");
    }
}
