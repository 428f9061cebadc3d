package com.ovconsole.api;

/**
 * No certificate is pinned for this appliance yet: nothing was sent beyond the TLS handshake.
 * Show {@link #certificate()} to the user; if they trust it, build a client pinned to its SHA-256.
 */
public class UntrustedCertificateException extends ApiException {

    private static final long serialVersionUID = 1L;

    private final transient CertificateInfo certificate;

    public UntrustedCertificateException(CertificateInfo certificate) {
        super("The appliance presented a certificate that is not trusted yet ("
                + certificate.subject() + ", SHA-256 " + certificate.sha256() + "). Compare the fingerprint with"
                + " the appliance's Settings > Security before trusting it.");
        this.certificate = certificate;
    }

    public CertificateInfo certificate() {
        return certificate;
    }
}
