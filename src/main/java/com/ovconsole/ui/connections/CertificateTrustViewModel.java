package com.ovconsole.ui.connections;

import com.ovconsole.api.CertificateInfo;
import com.ovconsole.ui.Messages;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Objects;

/**
 * What the certificate dialog shows: a first contact (trust on first use) or a changed certificate
 * (old and new fingerprints, only an explicit re-trust proceeds). Immutable: nothing to edit.
 */
public final class CertificateTrustViewModel {

    private final Messages messages;
    private final String applianceName;
    private final CertificateInfo certificate;
    private final String previousSha256;
    private final DateTimeFormatter dates;

    /** @param previousSha256 the pinned fingerprint when the certificate changed, else null */
    public CertificateTrustViewModel(Messages messages, String applianceName, CertificateInfo certificate,
            String previousSha256, ZoneId zone) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.applianceName = Objects.requireNonNull(applianceName, "applianceName");
        this.certificate = Objects.requireNonNull(certificate, "certificate");
        this.previousSha256 = previousSha256;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(java.util.Locale.getDefault(java.util.Locale.Category.FORMAT)).withZone(zone);
    }

    public boolean isChanged() {
        return previousSha256 != null;
    }

    public String getTitle() {
        return isChanged() ? messages.get("connections.certificate.changed.title")
                : messages.get("connections.certificate.title");
    }

    public String getHeadline() {
        return isChanged() ? messages.format("connections.certificate.changed.headline", applianceName)
                : messages.format("connections.certificate.headline", applianceName);
    }

    public String getExplanation() {
        return isChanged() ? messages.get("connections.certificate.changed.explanation")
                : messages.get("connections.certificate.explanation");
    }

    public String getSubject() {
        return readable(certificate.subject());
    }

    public String getIssuer() {
        return certificate.issuer().equals(certificate.subject())
                ? messages.format("connections.certificate.selfSigned", readable(certificate.issuer()))
                : readable(certificate.issuer());
    }

    public String getSubjectAltNames() {
        return certificate.subjectAltNames().isEmpty() ? messages.get("connections.certificate.noSans")
                : String.join(", ", certificate.subjectAltNames());
    }

    public String getValidity() {
        return messages.format("connections.certificate.validity", dates.format(certificate.notBefore()),
                dates.format(certificate.notAfter()));
    }

    public String getSha256() {
        return certificate.sha256();
    }

    public String getPreviousSha256() {
        return previousSha256 == null ? "" : previousSha256;
    }

    /** "CN=a,OU=b" reads as "CN=a, OU=b" (escaped commas inside a value stay as they are). */
    private static String readable(String distinguishedName) {
        return distinguishedName.replaceAll("(?<!\\\\),(?=[A-Za-z.0-9]+=)", ", ");
    }

    /** Empty when the name the user typed is in the certificate; otherwise why it is not. */
    public String getHostMismatch() {
        return certificate.hostMatches() ? ""
                : messages.format("connections.certificate.hostMismatch", certificate.host(), getSubjectAltNames());
    }

    public String getCompareHint() {
        return messages.get("connections.certificate.compareHint");
    }

    public String getTrustLabel() {
        return isChanged() ? messages.get("connections.certificate.retrust") : messages.get("connections.certificate.trust");
    }

    public CertificateInfo certificate() {
        return certificate;
    }
}
