package com.ovconsole.api;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Safe local file names from what a server suggests (Content-Disposition is attacker-controlled). */
public final class FileNames {

    static final int MAX_LENGTH = 150;

    private static final Set<String> WINDOWS_RESERVED = Set.of("CON", "PRN", "AUX", "NUL",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");
    private static final Pattern EXTENDED = Pattern.compile("(?i)filename\\*\\s*=\\s*[^']*'[^']*'([^;]+)");
    private static final Pattern QUOTED = Pattern.compile("(?i)filename\\s*=\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern TOKEN = Pattern.compile("(?i)filename\\s*=\\s*([^;\\s]+)");

    private FileNames() {
    }

    /** The file name a Content-Disposition header suggests, unsanitised; empty if none. */
    public static Optional<String> fromContentDisposition(String header) {
        if (header == null) {
            return Optional.empty();
        }
        Matcher extended = EXTENDED.matcher(header);
        if (extended.find()) {
            return Optional.of(URLDecoder.decode(extended.group(1).trim().replace("+", "%2B"),
                    StandardCharsets.UTF_8));
        }
        Matcher quoted = QUOTED.matcher(header);
        if (quoted.find()) {
            return Optional.of(quoted.group(1).replaceAll("\\\\(.)", "$1"));
        }
        Matcher token = TOKEN.matcher(header);
        return token.find() ? Optional.of(token.group(1)) : Optional.empty();
    }

    /**
     * Keeps only the last path part, drops control and reserved characters, leading dots and
     * trailing dots/spaces, defuses Windows device names and caps the length (keeping the
     * extension). Returns {@code fallback} when nothing usable is left.
     */
    public static String sanitize(String suggested, String fallback) {
        if (suggested == null) {
            return fallback;
        }
        String name = suggested.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = name.replaceAll("\\p{Cntrl}", "").replaceAll("[<>:\"|?*]", "_").strip();
        name = name.replaceAll("^[.\\s]+", "").replaceAll("[.\\s]+$", "");
        if (name.isEmpty()) {
            return fallback;
        }
        int dot = name.indexOf('.');
        String base = dot < 0 ? name : name.substring(0, dot);
        if (WINDOWS_RESERVED.contains(base.toUpperCase(Locale.ROOT))) {
            name = "_" + name;
        }
        return cap(name);
    }

    /** {@code dir/name}, or {@code dir/name (2).ext} etc. when taken (a download never overwrites). */
    public static Path unused(Path dir, String name) {
        Path candidate = dir.resolve(name);
        int dot = name.lastIndexOf('.');
        String base = dot <= 0 ? name : name.substring(0, dot);
        String extension = dot <= 0 ? "" : name.substring(dot);
        for (int n = 2; Files.exists(candidate) || Files.exists(dir.resolve(candidate.getFileName() + ".part")); n++) {
            candidate = dir.resolve(base + " (" + n + ")" + extension);
        }
        return candidate;
    }

    private static String cap(String name) {
        if (name.length() <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
        return name.substring(0, MAX_LENGTH - extension.length()) + extension;
    }
}
