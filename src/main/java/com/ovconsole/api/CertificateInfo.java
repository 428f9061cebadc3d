package com.ovconsole.api;

import java.net.IDN;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a trust dialog shows about the appliance's leaf certificate, plus whether the name the user
 * typed matches it (a mismatch is common for appliances reached by IP, so it is explained, not fatal).
 */
public record CertificateInfo(
        String subject,
        String issuer,
        List<String> subjectAltNames,
        Instant notBefore,
        Instant notAfter,
        String sha256,
        String host,
        boolean hostMatches,
        List<String> chainSubjects) {

    private static final Pattern COMMON_NAME = Pattern.compile("(?:^|,)CN=((?:\\\\,|[^,])*)");

    public CertificateInfo {
        subjectAltNames = List.copyOf(subjectAltNames);
        chainSubjects = List.copyOf(chainSubjects);
    }

    /** Describes {@code chain[0]} as presented to a client that asked for {@code host}. */
    public static CertificateInfo of(X509Certificate[] chain, String host) {
        X509Certificate leaf = chain[0];
        List<String> dnsNames = new ArrayList<>();
        List<String> ipNames = new ArrayList<>();
        List<String> sans = subjectAltNames(leaf, dnsNames, ipNames);
        List<String> subjects = new ArrayList<>();
        for (X509Certificate certificate : chain) {
            subjects.add(certificate.getSubjectX500Principal().getName());
        }
        return new CertificateInfo(leaf.getSubjectX500Principal().getName(), leaf.getIssuerX500Principal().getName(),
                sans, leaf.getNotBefore().toInstant(), leaf.getNotAfter().toInstant(), sha256(leaf), host,
                matches(host, dnsNames, ipNames, commonName(leaf)), subjects);
    }

    /** Uppercase hex pairs joined by ':' over the DER encoding, as the appliance's UI shows it. */
    public static String sha256(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("Cannot fingerprint certificate", e);
        }
    }

    /** Accepts "ab:cd…", "AB CD…" or "abcd…"; returns the canonical form or throws on bad input. */
    public static String normalizeFingerprint(String fingerprint) {
        String hex = fingerprint.replaceAll("[\\s:]", "");
        if (!hex.matches("(?i)[0-9a-f]{64}")) {
            throw new IllegalArgumentException("A SHA-256 fingerprint has 32 hex pairs, got: " + fingerprint);
        }
        return HexFormat.ofDelimiter(":").withUpperCase().formatHex(HexFormat.of().parseHex(hex));
    }

    private static List<String> subjectAltNames(X509Certificate leaf, List<String> dns, List<String> ips) {
        List<String> all = new ArrayList<>();
        try {
            Collection<List<?>> names = leaf.getSubjectAlternativeNames();
            if (names == null) {
                return all;
            }
            for (List<?> entry : names) {
                int kind = (Integer) entry.get(0);
                String value = String.valueOf(entry.get(1));
                if (kind == 2) {
                    dns.add(value);
                    all.add("DNS:" + value);
                } else if (kind == 7) {
                    ips.add(value);
                    all.add("IP:" + value);
                }
            }
        } catch (CertificateParsingException unreadable) {
            all.add("(unreadable subject alternative names)");
        }
        return all;
    }

    private static String commonName(X509Certificate leaf) {
        // RFC 2253 form; an escaped comma inside the CN is kept by the pattern.
        Matcher cn = COMMON_NAME.matcher(leaf.getSubjectX500Principal().getName());
        return cn.find() ? cn.group(1).replace("\\,", ",") : null;
    }

    private static boolean matches(String host, List<String> dns, List<String> ips, String cn) {
        if (host == null || host.isBlank()) {
            return false;
        }
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (isIpLiteral(bare)) {
            return ips.stream().anyMatch(ip -> sameAddress(ip, bare));
        }
        String wanted = IDN.toASCII(bare).toLowerCase(Locale.ROOT);
        List<String> candidates = dns.isEmpty() && cn != null ? List.of(cn) : dns;
        return candidates.stream().anyMatch(name -> dnsMatch(name.toLowerCase(Locale.ROOT), wanted));
    }

    private static boolean dnsMatch(String pattern, String host) {
        if (pattern.startsWith("*.")) {
            int dot = host.indexOf('.');
            return dot > 0 && host.substring(dot).equals(pattern.substring(1));
        }
        return pattern.equals(host);
    }

    private static boolean isIpLiteral(String host) {
        return host.contains(":") || host.matches("[0-9.]+");
    }

    private static boolean sameAddress(String a, String b) {
        try {
            // Literals only: getByName on a literal never does a DNS lookup.
            return InetAddress.getByName(a).equals(InetAddress.getByName(b));
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
