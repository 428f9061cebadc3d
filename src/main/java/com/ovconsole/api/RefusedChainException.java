package com.ovconsole.api;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;

/**
 * The pinning trust manager's refusal, carrying the chain it refused. JSSE keeps it as the cause of
 * the handshake failure, so each request finds the chain of its own handshake, also when several
 * handshakes are refused at the same time.
 */
final class RefusedChainException extends CertificateException {

    private static final long serialVersionUID = 1L;

    private final transient X509Certificate[] chain;
    private final String pinnedSha256;

    /** {@code pinnedSha256}: the pin the chain was checked against (null: none yet), not whatever is pinned later. */
    RefusedChainException(String message, X509Certificate[] chain, String pinnedSha256) {
        super(message);
        this.chain = chain.clone();
        this.pinnedSha256 = pinnedSha256;
    }

    String pinnedSha256() {
        return pinnedSha256;
    }

    X509Certificate[] chain() {
        return chain.clone();
    }
}
