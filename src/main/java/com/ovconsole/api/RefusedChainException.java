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

    RefusedChainException(String message, X509Certificate[] chain) {
        super(message);
        this.chain = chain.clone();
    }

    X509Certificate[] chain() {
        return chain.clone();
    }
}
