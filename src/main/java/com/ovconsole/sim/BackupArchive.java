package com.ovconsole.sim;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.SplittableRandom;

/**
 * The bytes of a backup archive: pseudo-random, fixed by (seed, backup id, size), produced on
 * the fly so a 1 GiB download never sits in memory. Tests compute the expected bytes or SHA-256
 * with the same class.
 */
public final class BackupArchive extends InputStream {

    private final SplittableRandom random;
    private long remaining;
    private long word;
    private int wordBytesLeft;

    private BackupArchive(long seed, String backupId, long size) {
        long mixed = seed;
        for (byte b : backupId.getBytes(StandardCharsets.UTF_8)) {
            mixed = mixed * 31 + b;
        }
        this.random = new SplittableRandom(mixed);
        this.remaining = size;
    }

    /** A fresh stream of the archive's bytes. */
    public static InputStream open(long seed, String backupId, long size) {
        return new BackupArchive(seed, backupId, size);
    }

    /** The SHA-256 of the archive, lowercase hex. */
    public static String sha256(long seed, String backupId, long size) {
        try (InputStream in = open(seed, backupId, size)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = in.read(buffer)) >= 0) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    @Override
    public int read() {
        if (remaining <= 0) {
            return -1;
        }
        remaining--;
        return nextByte();
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (remaining <= 0) {
            return -1;
        }
        int n = (int) Math.min(length, remaining);
        int i = 0;
        while (i < n && wordBytesLeft > 0) {
            buffer[offset + i++] = (byte) nextByte();
        }
        // Whole words at once (same byte order as nextByte): a 1 GiB download stays cheap.
        for (; n - i >= 8; i += 8) {
            long value = random.nextLong();
            for (int k = 0; k < 8; k++) {
                buffer[offset + i + k] = (byte) (value >>> (8 * k));
            }
        }
        while (i < n) {
            buffer[offset + i++] = (byte) nextByte();
        }
        remaining -= n;
        return n;
    }

    /** Skips without filling a buffer, in the same byte order as reading (a range request from far in). */
    @Override
    public long skip(long n) {
        long count = Math.min(Math.max(0, n), remaining);
        long i = 0;
        while (i < count && wordBytesLeft > 0) {
            nextByte();
            i++;
        }
        for (; count - i >= 8; i += 8) {
            random.nextLong();
        }
        while (i < count) {
            nextByte();
            i++;
        }
        remaining -= count;
        return count;
    }

    private int nextByte() {
        if (wordBytesLeft == 0) {
            word = random.nextLong();
            wordBytesLeft = 8;
        }
        int value = (int) (word & 0xFF);
        word >>>= 8;
        wordBytesLeft--;
        return value;
    }
}
