package com.ovconsole.api;

/**
 * The appliance presented a different certificate from the pinned one. Nothing was sent beyond
 * the TLS handshake. This may be a re-generated certificate or someone in the middle.
 */
public class CertificateChangedException extends ApiException {

    private static final long serialVersionUID = 1L;

    private final String pinnedSha256;
    private final transient CertificateInfo presented;

    public CertificateChangedException(String pinnedSha256, CertificateInfo presented) {
        super("The appliance's certificate has changed: pinned SHA-256 " + pinnedSha256 + ", presented "
                + presented.sha256() + " (" + presented.subject() + "). The connection was stopped.");
        this.pinnedSha256 = pinnedSha256;
        this.presented = presented;
    }

    public String pinnedSha256() {
        return pinnedSha256;
    }

    public CertificateInfo presented() {
        return presented;
    }
}
