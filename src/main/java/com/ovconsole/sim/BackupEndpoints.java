package com.ovconsole.sim;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /rest/backups}: start (202 + task), list, one, cancel/delete, and the archive download
 * with its test knobs (302 redirect, chunked, dropped mid-body, hostile file name). The download
 * serves byte ranges as a web server does: {@code Accept-Ranges}, ETag and Last-Modified, 206 with
 * {@code Content-Range}, 416 with {@code Content-Range: bytes *}{@code /len}, and If-Range.
 */
final class BackupEndpoints {

    /** Where a redirected download is served; the one-time token stands in for the session. */
    static final String REDIRECT_PATH = "/backup-downloads/";
    private static final int CHUNK = 64 * 1024;

    private final ApplianceState state;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, String> redirectTokens = new ConcurrentHashMap<>();

    BackupEndpoints(ApplianceState state) {
        this.state = state;
    }

    void register(List<Route> routes) {
        routes.add(Route.secured(Backups.BASE_URI).on("GET", (ex, m) -> list(ex)).on("POST", (ex, m) -> start(ex)));
        routes.add(Route.streaming(Backups.ARCHIVE_URI + "([^/]+)", false)
                .on("GET", this::archive));
        routes.add(Route.streaming(REDIRECT_PATH + "([^/]+)", true).on("GET", this::redirectedArchive));
        routes.add(Route.secured(Backups.BASE_URI + "/([^/]+)").on("GET", this::getOne).on("DELETE", this::delete));
    }

    private Reply start(SimExchange ex) {
        SimTask task = state.backups.start(ex.session().userName());
        return state.tasks.accepted(ex, task);
    }

    private Reply list(SimExchange ex) {
        ObjectNode current = state.backups.current();
        return Reply.ok(CollectionPage.of(ex).render("BackupCollection", "backups", Backups.BASE_URI,
                current == null ? List.of() : List.of(current)));
    }

    private Reply getOne(SimExchange ex, Matcher path) {
        ObjectNode backup = state.backups.get(path.group(1));
        if (backup == null) {
            throw ApplianceError.notFound(Backups.BASE_URI + "/" + path.group(1));
        }
        return Reply.ok(backup.deepCopy());
    }

    private Reply delete(SimExchange ex, Matcher path) {
        state.backups.delete(path.group(1));
        return Reply.empty(204);
    }

    private Reply archive(SimExchange ex, Matcher path) {
        String id = readyBackupId(path.group(1));
        if (state.config.downloadRedirect()) {
            byte[] bytes = new byte[24];
            random.nextBytes(bytes);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            redirectTokens.put(token, id);
            return Reply.empty(302).header("Location", ex.absolute(REDIRECT_PATH + id + "?token=" + token));
        }
        Archive archive = archiveOf(id);
        return Reply.streamed(exchange -> stream(exchange, archive));
    }

    private Reply redirectedArchive(SimExchange ex, Matcher path) {
        String token = ex.queryFirst("token");
        String id = token == null ? null : redirectTokens.remove(token);
        if (id == null || !id.equals(path.group(1))) {
            throw Sessions.invalidSession("The download link is not valid or was already used.");
        }
        Archive archive = archiveOf(readyBackupId(id));
        return Reply.streamed(exchange -> stream(exchange, archive));
    }

    /** Which bytes a download of this backup sends, and their validators; read under the lock. */
    private record Archive(String id, String key, Instant modified) {
    }

    private Archive archiveOf(String id) {
        synchronized (state) {
            ObjectNode backup = state.backups.get(id);
            if (backup == null) {
                throw ApplianceError.notFound(Backups.ARCHIVE_URI + id);
            }
            return new Archive(id, state.backups.archiveKey(id), Instant.parse(Json.text(backup, "modified")));
        }
    }

    /** A strong ETag for the archive's bytes: changes whenever they do. */
    static String archiveETag(long seed, String key, long size) {
        long mixed = seed * 0x9E3779B97F4A7C15L + size;
        for (char c : key.toCharArray()) {
            mixed = mixed * 31 + c;
        }
        return "\"archive-" + Long.toHexString(mixed) + "\"";
    }

    /** The id of a backup that can be downloaded now: 404 unknown, 409 still running or failed. */
    private String readyBackupId(String id) {
        synchronized (state) {
            state.settle();
            ObjectNode backup = state.backups.get(id);
            if (backup == null) {
                throw ApplianceError.notFound(Backups.ARCHIVE_URI + id);
            }
            if (!"SUCCEEDED".equals(Json.text(backup, "status"))) {
                throw ApplianceError.of(409, "BACKUP_NOT_READY", "The backup " + id + " cannot be downloaded now.",
                        "Its status is " + Json.text(backup, "status") + ".",
                        "Wait for the backup task to complete, then download it.");
            }
            return id;
        }
    }

    private void stream(SimExchange ex, Archive archive) throws IOException {
        SimulatorConfig config = state.config;
        long size = config.backupBytes();
        String eTag = archiveETag(config.seed(), archive.key(), size);
        String fileName = config.hostileFileName() != null ? config.hostileFileName() : archive.id() + ".bkp";
        ex.setHeader("Content-Type", "application/octet-stream");
        ex.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        ex.setHeader("Cache-Control", "no-cache");
        ex.setHeader("Accept-Ranges", "bytes");
        ex.setHeader("ETag", eTag);
        ex.setHeader("Last-Modified", ByteRange.httpDate(archive.modified()));
        ByteRange range = ByteRange.ifRangeMatches(ex.header("If-Range"), eTag, archive.modified())
                ? ByteRange.of(ex.header("Range"), size) : ByteRange.WHOLE;
        if (range == ByteRange.UNSATISFIABLE) {
            ex.setHeader("Content-Range", "bytes */" + size);
            ex.sendJson(416, ApplianceError.of(416, "REQUESTED_RANGE_NOT_SATISFIABLE",
                    "The requested range is not satisfiable.", "The archive has " + size + " bytes.",
                    "Request a range that starts below " + size + ".").body());
            return;
        }
        long first = range.partial() ? range.first() : 0;
        long length = range.partial() ? range.length() : size;
        if (range.partial()) {
            ex.setHeader("Content-Range", range.contentRange(size));
        }
        ex.raw().sendResponseHeaders(range.partial() ? 206 : 200,
                config.downloadChunked() ? 0 : length == 0 ? -1 : length);
        long dropAfter = config.dropDownloadAfterBytes();
        // Not closed on a drop: closing would end a chunked body cleanly, and the point is that it does not end.
        OutputStream out = ex.raw().getResponseBody();
        try (InputStream in = BackupArchive.open(config.seed(), archive.key(), size)) {
            in.skipNBytes(first);
            byte[] buffer = new byte[CHUNK];
            long sent = 0;
            int read;
            while (sent < length && (read = in.read(buffer, 0, (int) Math.min(buffer.length, length - sent))) >= 0) {
                if (dropAfter >= 0 && sent + read >= dropAfter) {
                    out.write(buffer, 0, (int) (dropAfter - sent));
                    out.flush();
                    throw new DroppedConnection("download dropped after " + dropAfter + " bytes");
                }
                out.write(buffer, 0, read);
                sent += read;
            }
        }
        out.close();
    }
}
