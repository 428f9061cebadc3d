package com.ovconsole.api;

import java.net.ProxySelector;
import java.time.Duration;

/**
 * Fetches an appliance's certificate for a trust dialog without trusting it: the handshake is
 * refused after the certificate is captured, so no request byte is sent.
 */
public final class CertificateProbe {

    private CertificateProbe() {
    }

    /**
     * @param proxy null for a direct connection
     * @throws ApiException when the appliance cannot be reached or does not speak TLS
     */
    public static CertificateInfo fetch(String address, ProxySelector proxy, Duration timeout) {
        ApplianceClient unpinned = ApplianceClient.builder(address).proxy(proxy).connectTimeout(timeout)
                .requestTimeout(timeout).build();
        try {
            unpinned.version();
        } catch (UntrustedCertificateException expected) {
            return expected.certificate();
        }
        throw new IllegalStateException("An unpinned connection was trusted; this must never happen.");
    }
}
