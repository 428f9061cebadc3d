package com.ovconsole.api;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Objects;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Trusts exactly one leaf certificate, by SHA-256. Extended, so JSSE adds no hostname check of its
 * own (appliances reached by IP rarely name it). With no pin, or another certificate, it fails the
 * handshake with the presented chain ({@link RefusedChainException}), so no request byte goes over
 * that channel.
 */
final class PinningTrustManager extends X509ExtendedTrustManager {

    private volatile String pinnedSha256;

    PinningTrustManager(String pinnedSha256) {
        this.pinnedSha256 = pinnedSha256 == null ? null : CertificateInfo.normalizeFingerprint(pinnedSha256);
    }

    String pinnedSha256() {
        return pinnedSha256;
    }

    /** From the next handshake on, exactly this certificate is trusted (the user re-trusted a changed one). */
    void pin(String sha256) {
        pinnedSha256 = CertificateInfo.normalizeFingerprint(Objects.requireNonNull(sha256, "sha256"));
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        check(chain);
    }

    private void check(X509Certificate[] chain) throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw new CertificateException("The appliance presented no certificate");
        }
        String pinned = pinnedSha256;
        if (pinned != null && pinned.equals(CertificateInfo.sha256(chain[0]))) {
            return;
        }
        throw new RefusedChainException(pinned == null ? "Certificate not pinned yet" : "Certificate changed", chain,
                pinned);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        throw new CertificateException("This client does not accept client certificates");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        throw new CertificateException("This client does not accept client certificates");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("This client does not accept client certificates");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }
}
