package com.ovconsole.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * "No trust-all TLS, ever", checked on compiled classes: the only TrustManager is the pinning one,
 * no checkServerTrusted accepts everything, nobody implements HostnameVerifier, calls
 * setHostnameVerifier / setDefaultHostnameVerifier / setEndpointIdentificationAlgorithm, or names
 * the JDK HttpClient's switch that turns hostname checks off.
 */
final class TlsRules {

    static final String PINNING = "com/ovconsole/api/PinningTrustManager";
    private static final Set<String> TRUST_TYPES = Set.of("javax/net/ssl/TrustManager",
            "javax/net/ssl/X509TrustManager", "javax/net/ssl/X509ExtendedTrustManager");
    private static final Set<String> HOSTNAME_SWITCHES = Set.of("setHostnameVerifier", "setDefaultHostnameVerifier",
            "setEndpointIdentificationAlgorithm");
    private static final String DISABLE_PROPERTY = "jdk.internal.httpclient.disableHostnameVerification";

    private TlsRules() {
    }

    /** Every class file under {@code root}, by internal name. */
    static Map<String, ClassFile> scan(Path root) {
        Map<String, ClassFile> classes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                ClassFile parsed = ClassFile.parse(Files.readAllBytes(file));
                classes.put(parsed.name(), parsed);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return classes;
    }

    /** One line per broken rule. */
    static List<String> violations(Map<String, ClassFile> classes) {
        List<String> violations = new ArrayList<>();
        for (ClassFile type : classes.values()) {
            String name = type.name().replace('/', '.');
            if (isTrustManager(type, classes)) {
                if (!type.name().equals(PINNING)) {
                    violations.add(name + " is a TrustManager; only the pinning one may exist");
                }
                type.methods().stream().filter(m -> m.name().equals("checkServerTrusted") && m.doesNothing())
                        .forEach(m -> violations.add(name + ".checkServerTrusted" + m.descriptor()
                                + " accepts every certificate"));
            }
            if (type.interfaces().contains("javax/net/ssl/HostnameVerifier")) {
                violations.add(name + " implements HostnameVerifier");
            }
            type.calledMethods().stream().filter(HOSTNAME_SWITCHES::contains).sorted()
                    .forEach(m -> violations.add(name + " calls " + m));
            if (type.strings().contains(DISABLE_PROPERTY)) {
                violations.add(name + " names " + DISABLE_PROPERTY);
            }
            type.methods().stream().filter(m -> m.descriptor().endsWith(")Ljavax/net/ssl/HostnameVerifier;"))
                    .forEach(m -> violations.add(name + "." + m.name() + " makes a HostnameVerifier"));
        }
        return violations;
    }

    static boolean isTrustManager(ClassFile type, Map<String, ClassFile> classes) {
        for (ClassFile t = type; t != null; t = t.superName() == null ? null : classes.get(t.superName())) {
            if (t.superName() != null && TRUST_TYPES.contains(t.superName()) || t.interfaces().stream().anyMatch(TRUST_TYPES::contains)) {
                return true;
            }
        }
        return false;
    }
}
