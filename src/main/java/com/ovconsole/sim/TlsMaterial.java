package com.ovconsole.sim;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Locale;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/** The appliance's self-signed key pair: the shipped demo one or a key store given in the config. */
final class TlsMaterial {

    /** The demo certificate (CN=oneview-demo.example.local, SAN localhost and 127.0.0.1). */
    static final String DEMO_KEYSTORE = "demo-appliance.p12";
    /**
     * The demo appliance after it made itself a new certificate (same names, new key), which
     * {@link ApplianceSimulator#rotateCertificate()} switches to while running.
     */
    static final String RENEWED_KEYSTORE = "demo-appliance-renewed.p12";
    /** Not a secret: the demo key is public, shipped inside the application. */
    private static final char[] DEMO_PASSWORD = "changeit".toCharArray();

    private final SSLContext sslContext;
    private final String certificateSha256;

    private TlsMaterial(SSLContext sslContext, String certificateSha256) {
        this.sslContext = sslContext;
        this.certificateSha256 = certificateSha256;
    }

    static TlsMaterial load(SimulatorConfig config) {
        return load(config, DEMO_KEYSTORE);
    }

    /** The renewed demo certificate, served after a rotation. */
    static TlsMaterial renewed() {
        return load(SimulatorConfig.builder().build(), RENEWED_KEYSTORE);
    }

    private static TlsMaterial load(SimulatorConfig config, String demoKeystore) {
        char[] password = config.keystore() == null ? DEMO_PASSWORD.clone() : config.keystorePassword();
        try (InputStream in = config.keystore() == null
                ? TlsMaterial.class.getResourceAsStream(demoKeystore)
                : Files.newInputStream(config.keystore())) {
            if (in == null) {
                throw new IllegalStateException("The demo key store " + demoKeystore + " is missing from the build");
            }
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, password);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return new TlsMaterial(context, fingerprint(firstCertificate(store)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the key store " + describe(config, demoKeystore), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot use the key store " + describe(config, demoKeystore) + ": "
                    + e.getMessage(), e);
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
    }

    SSLContext sslContext() {
        return sslContext;
    }

    /** Uppercase hex pairs joined by ':', as browsers and the appliance's own UI show it. */
    String certificateSha256() {
        return certificateSha256;
    }

    private static Certificate firstCertificate(KeyStore store) throws GeneralSecurityException {
        for (String alias : Collections.list(store.aliases())) {
            if (store.isKeyEntry(alias) && store.getCertificate(alias) != null) {
                return store.getCertificate(alias);
            }
        }
        throw new GeneralSecurityException("no private key entry with a certificate");
    }

    private static String fingerprint(Certificate certificate) throws GeneralSecurityException {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
        return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest).toUpperCase(Locale.ROOT);
    }

    private static String describe(SimulatorConfig config, String demoKeystore) {
        return config.keystore() == null ? demoKeystore : config.keystore().toString();
    }
}
