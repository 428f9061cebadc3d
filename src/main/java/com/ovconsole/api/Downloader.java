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
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Streams a download (e.g. a backup archive) to {@code <name>.part}, checks its length, hashes it,
 * fsyncs and moves it atomically to the final name. A dropped connection resumes from the
 * {@code .part} with {@code Range} + {@code If-Range} (a few times by itself, then through
 * {@link #resume}); an answer of 200, a changed validator or a range that does not fit starts over
 * from zero. The SHA-256 always covers the whole file: a resume re-hashes the {@code .part} first.
 * Cancel, a disk error or a bad length leave no file behind; an interrupted download leaves only
 * its {@code .part} (see {@link DownloadInterruptedException}).
 */
public final class Downloader {

    /** Resumes after a dropped connection within one call, before the caller is asked to retry. */
    public static final int AUTO_RESUMES = 3;
    private static final int CHUNK = 64 * 1024;

    private final WritableChannelFactory channels;
    private final int autoResumes;

    public Downloader() {
        this(WritableChannelFactory.FILES);
    }

    public Downloader(WritableChannelFactory channels) {
        this(channels, AUTO_RESUMES);
    }

    public Downloader(WritableChannelFactory channels, int autoResumes) {
        this.channels = channels;
        this.autoResumes = Math.max(0, autoResumes);
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
        Path target = FileNames.unused(targetDir, name);
        PartFile file = new PartFile(path, target, targetDir.resolve(target.getFileName() + ".part"));
        file.adopt(response.headers());
        return run(client, file, response, listener, cancelled);
    }

    /** Continues an interrupted download from its {@code .part} (or from zero when the appliance says so). */
    public DownloadResult resume(ApplianceClient client, PartialDownload partial, DownloadListener listener,
            BooleanSupplier cancelled) {
        return run(client, PartFile.of(partial), null, listener, cancelled);
    }

    private DownloadResult run(ApplianceClient client, PartFile file, HttpResponse<InputStream> first,
            DownloadListener listener, BooleanSupplier cancelled) {
        boolean keepPart = false;
        boolean done = false;
        try {
            HttpResponse<InputStream> response = first;
            for (int resumes = 0; ; resumes++) {
                if (response == null) {
                    try {
                        response = reopen(client, file, listener);
                    } catch (TransportException | SessionExpiredException broken) {
                        keepPart = file.resumable();
                        throw keepPart ? interrupted(file, why(file, broken), broken) : broken;
                    }
                }
                try {
                    if (response != null) {
                        copy(response, file, listener, cancelled);
                    }
                    break;
                } catch (Dropped dropped) {
                    response = null;
                    if (!file.resumable() || resumes >= autoResumes) {
                        keepPart = file.resumable();
                        throw keepPart ? interrupted(file, dropped.getMessage(), dropped.getCause())
                                : dropped.asTransportException();
                    }
                }
            }
            if (file.total >= 0 && file.bytes != file.total) {
                throw new TransportException("The download of " + file.path + " stopped after " + file.bytes
                        + " of " + file.total + " bytes.", null);
            }
            Path target = moveIntoPlace(file.part, file.target);
            done = true;
            return new DownloadResult(target, file.bytes, file.sha256Hex());
        } finally {
            if (!done && !keepPart) {
                deleteQuietly(file.part);
            }
        }
    }

    /**
     * Opens the rest of the download: re-hashes the .part, asks for {@code Range: bytes=n-} with
     * {@code If-Range}, and falls back to the whole body when the appliance sends it (200), when its
     * range does not start where the .part ends or the length changed. Null: the .part is complete.
     */
    private HttpResponse<InputStream> reopen(ApplianceClient client, PartFile file, DownloadListener listener) {
        try {
            file.rehash();
            listener.progress(file.bytes, file.total);
            if (!file.resumable()) {
                return whole(client, file);
            }
            HttpResponse<InputStream> response;
            try {
                response = client.openDownload(file.path, Map.of("Range", "bytes=" + file.bytes + "-",
                        "If-Range", file.validator));
            } catch (ApplianceErrorException unsatisfiable) {
                if (unsatisfiable.status() != 416) {
                    throw unsatisfiable;
                }
                // 416: nothing after our bytes. Complete if the length agrees, else the file changed.
                return file.total >= 0 && file.bytes == file.total ? null : whole(client, file);
            }
            if (response.statusCode() == 206) {
                ContentRange range = ContentRange.parse(response.headers().firstValue("Content-Range").orElse(null));
                boolean fits = range != null && range.first() == file.bytes
                        && (range.total() < 0 || file.total < 0 || range.total() == file.total);
                if (fits) {
                    file.total = file.total >= 0 ? file.total : range.total();
                    return response;
                }
                close(response);
                return whole(client, file);
            }
            // 200: the appliance ignored the range or the archive changed; this body is the whole new one.
            file.restart();
            file.adopt(response.headers());
            return response;
        } catch (IOException disk) {
            throw diskError(file.part, disk);
        }
    }

    private static HttpResponse<InputStream> whole(ApplianceClient client, PartFile file) throws IOException {
        file.restart();
        HttpResponse<InputStream> response = client.openDownload(file.path);
        file.adopt(response.headers());
        return response;
    }

    private void copy(HttpResponse<InputStream> response, PartFile file, DownloadListener listener,
            BooleanSupplier cancelled) {
        boolean fresh = file.bytes == 0;
        try (InputStream in = response.body();
                WritableByteChannel out = fresh ? channels.open(file.part) : channels.append(file.part)) {
            byte[] buffer = new byte[CHUNK];
            int read;
            while ((read = readChunk(in, buffer, file)) != -1) {
                if (cancelled.getAsBoolean()) {
                    throw new CancelledException("The download of " + file.path + " was cancelled.");
                }
                ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, read);
                while (chunk.hasRemaining()) {
                    out.write(chunk);
                }
                file.update(buffer, read);
                if (file.total >= 0 && file.bytes > file.total) {
                    throw new TransportException("The appliance sent more than the announced " + file.total
                            + " bytes for " + file.path + ".", null);
                }
                listener.progress(file.bytes, file.total);
            }
            if (file.total >= 0 && file.bytes < file.total) {
                throw new Dropped("The download of " + file.path + " stopped after " + file.bytes + " of "
                        + file.total + " bytes.", null);
            }
            if (out instanceof FileChannel channel) {
                channel.force(true);
            }
        } catch (IOException disk) {
            throw diskError(file.part, disk);
        }
    }

    private static int readChunk(InputStream in, byte[] buffer, PartFile file) {
        try {
            return in.read(buffer);
        } catch (IOException network) {
            throw new Dropped("The connection broke while downloading " + file.path + " (after " + file.bytes
                    + " bytes).", network);
        }
    }

    private static String why(PartFile file, ApiException broken) {
        return broken instanceof SessionExpiredException
                ? "The session expired while downloading " + file.path + "." : broken.getMessage();
    }

    private static DownloadInterruptedException interrupted(PartFile file, String why, Throwable cause) {
        return new DownloadInterruptedException(why + " The " + file.bytes + " bytes received are kept in "
                + file.part.getFileName() + "; Retry resumes from there.", file.partial(), cause);
    }

    private static ApiException diskError(Path part, IOException disk) {
        return new ApiException("Cannot write " + part.getFileName() + " in " + part.getParent() + ": "
                + (disk.getMessage() == null ? disk.getClass().getSimpleName() : disk.getMessage()) + ".", disk);
    }

    /** Moves into place; a file that appeared at the target meanwhile is never overwritten. */
    private static Path moveIntoPlace(Path part, Path target) {
        Path free = Files.exists(target) ? FileNames.unused(target.getParent(), target.getFileName().toString())
                : target;
        try {
            Files.move(part, free, StandardCopyOption.ATOMIC_MOVE);
            return free;
        } catch (AtomicMoveNotSupportedException e) {
            throw new ApiException("The download folder does not support an atomic rename; choose a local folder.", e);
        } catch (IOException e) {
            throw new ApiException("Cannot rename " + part.getFileName() + " to " + free.getFileName() + ": "
                    + e.getMessage() + ".", e);
        }
    }

    private static void close(HttpResponse<InputStream> response) {
        try (InputStream ignored = response.body()) {
            // closing abandons the rest of an answer that does not fit
        } catch (IOException ignored) {
            // nothing to keep from it
        }
    }

    private static void deleteQuietly(Path part) {
        try {
            Files.deleteIfExists(part);
        } catch (IOException ignored) {
            // best effort: the .part name says it is unfinished
        }
    }

    /** The body stopped early: resumable if the appliance gave a validator. */
    private static final class Dropped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Dropped(String message, IOException cause) {
            super(message, cause, false, false);
        }

        TransportException asTransportException() {
            return new TransportException(getMessage(), getCause());
        }
    }
}
