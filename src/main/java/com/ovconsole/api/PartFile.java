package com.ovconsole.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpHeaders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The state of one download on disk: the {@code .part}, how many bytes it holds, the SHA-256 of
 * those bytes, the whole length and the validator that lets it be resumed. Used by one thread.
 */
final class PartFile {

    final String path;
    final Path target;
    final Path part;
    long bytes;
    long total = -1;
    String validator;
    private MessageDigest sha256 = newDigest();

    PartFile(String path, Path target, Path part) {
        this.path = path;
        this.target = target;
        this.part = part;
    }

    static PartFile of(PartialDownload partial) {
        PartFile file = new PartFile(partial.path(), partial.target(), partial.part());
        file.total = partial.total();
        file.validator = partial.validator();
        return file;
    }

    /** Takes length and validator from a whole (200) answer. A weak ETag cannot go in If-Range. */
    void adopt(HttpHeaders headers) {
        total = headers.firstValueAsLong("Content-Length").orElse(-1);
        String eTag = headers.firstValue("ETag").orElse(null);
        validator = eTag != null && eTag.startsWith("\"") ? eTag : headers.firstValue("Last-Modified").orElse(null);
    }

    boolean resumable() {
        return validator != null && bytes > 0;
    }

    void update(byte[] buffer, int length) {
        sha256.update(buffer, 0, length);
        bytes += length;
    }

    /** Re-reads the .part from disk: its size and the hash of its bytes, whatever this object believed. */
    void rehash() throws IOException {
        sha256 = newDigest();
        bytes = 0;
        if (!Files.exists(part)) {
            return;
        }
        try (InputStream in = Files.newInputStream(part)) {
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = in.read(buffer)) >= 0) {
                update(buffer, read);
            }
        }
    }

    /** Starts over from byte zero: the .part goes, the hash restarts. */
    void restart() throws IOException {
        Files.deleteIfExists(part);
        sha256 = newDigest();
        bytes = 0;
    }

    String sha256Hex() {
        return HexFormat.of().formatHex(sha256.digest());
    }

    PartialDownload partial() {
        return new PartialDownload(path, target, part, bytes, total, validator);
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
