package com.ovconsole.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.OptionalLong;
import java.util.function.BooleanSupplier;

/**
 * Streams a download (e.g. a backup archive) to {@code <name>.part}, checks its length, hashes it,
 * fsyncs and moves it atomically to the final name. Any failure leaves neither file behind.
 */
public final class Downloader {

    private static final int CHUNK = 64 * 1024;

    private final WritableChannelFactory channels;

    public Downloader() {
        this(WritableChannelFactory.FILES);
    }

    public Downloader(WritableChannelFactory channels) {
        this.channels = channels;
    }

    /**
     * @param fallbackName used when the appliance suggests no usable file name
     * @param cancelled    checked after every chunk; cancelling throws {@link CancelledException}
     */
    public DownloadResult download(ApplianceClient client, String path, Path targetDir, String fallbackName,
            DownloadListener listener, BooleanSupplier cancelled) {
        HttpResponse<InputStream> response = client.openDownload(path);
        String name = FileNames.sanitize(FileNames.fromContentDisposition(
                response.headers().firstValue("Content-Disposition").orElse(null)).orElse(null), fallbackName);
        OptionalLong length = response.headers().firstValueAsLong("Content-Length");
        long expected = length.isPresent() ? length.getAsLong() : -1;
        Path target = FileNames.unused(targetDir, name);
        Path part = targetDir.resolve(target.getFileName() + ".part");
        boolean done = false;
        try (InputStream in = response.body()) {
            MessageDigest sha256 = sha256();
            long size = copy(in, part, sha256, expected, listener, cancelled, path);
            moveIntoPlace(part, target);
            done = true;
            return new DownloadResult(target, size, HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException closing) {
            throw new TransportException("The download of " + path + " could not be closed cleanly.", closing);
        } finally {
            if (!done) {
                deleteQuietly(part);
            }
        }
    }

    private long copy(InputStream in, Path part, MessageDigest sha256, long expected, DownloadListener listener,
            BooleanSupplier cancelled, String path) {
        try (WritableByteChannel out = channels.open(part)) {
            byte[] buffer = new byte[CHUNK];
            long size = 0;
            int read;
            while ((read = readChunk(in, buffer, path, size)) != -1) {
                if (cancelled.getAsBoolean()) {
                    throw new CancelledException("The download of " + path + " was cancelled.");
                }
                sha256.update(buffer, 0, read);
                ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, read);
                while (chunk.hasRemaining()) {
                    out.write(chunk);
                }
                size += read;
                if (expected >= 0 && size > expected) {
                    throw new TransportException("The appliance sent more than the announced " + expected
                            + " bytes for " + path + ".", null);
                }
                listener.progress(size, expected);
            }
            if (expected >= 0 && size != expected) {
                throw new TransportException("The download of " + path + " stopped after " + size + " of "
                        + expected + " bytes.", null);
            }
            if (out instanceof FileChannel file) {
                file.force(true);
            }
            return size;
        } catch (IOException disk) {
            throw new ApiException("Cannot write " + part.getFileName() + " in " + part.getParent() + ": "
                    + (disk.getMessage() == null ? disk.getClass().getSimpleName() : disk.getMessage()) + ".", disk);
        }
    }

    private static int readChunk(InputStream in, byte[] buffer, String path, long sofar) {
        try {
            return in.read(buffer);
        } catch (IOException network) {
            throw new TransportException("The connection broke while downloading " + path + " (after " + sofar
                    + " bytes).", network);
        }
    }

    private static void moveIntoPlace(Path part, Path target) {
        try {
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new ApiException("The download folder does not support an atomic rename; choose a local folder.", e);
        } catch (IOException e) {
            throw new ApiException("Cannot rename " + part.getFileName() + " to " + target.getFileName() + ": "
                    + e.getMessage() + ".", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private static void deleteQuietly(Path part) {
        try {
            Files.deleteIfExists(part);
        } catch (IOException ignored) {
            // best effort: the .part name says it is unfinished
        }
    }
}
