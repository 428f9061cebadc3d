package com.ovconsole.sim;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /rest/backups}: start (202 + task), list, one, cancel/delete, and the archive download
 * with its test knobs (302 redirect, chunked, dropped mid-body, hostile file name).
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
        return Reply.streamed(exchange -> stream(exchange, id));
    }

    private Reply redirectedArchive(SimExchange ex, Matcher path) {
        String token = ex.queryFirst("token");
        String id = token == null ? null : redirectTokens.remove(token);
        if (id == null || !id.equals(path.group(1))) {
            throw Sessions.invalidSession("The download link is not valid or was already used.");
        }
        return Reply.streamed(exchange -> stream(exchange, readyBackupId(id)));
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

    private void stream(SimExchange ex, String id) throws IOException {
        SimulatorConfig config = state.config;
        long size = config.backupBytes();
        String fileName = config.hostileFileName() != null ? config.hostileFileName() : id + ".bkp";
        ex.setHeader("Content-Type", "application/octet-stream");
        ex.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        ex.setHeader("Cache-Control", "no-cache");
        ex.raw().sendResponseHeaders(200, config.downloadChunked() ? 0 : size == 0 ? -1 : size);
        long dropAfter = config.dropDownloadAfterBytes();
        // Not closed on a drop: closing would end a chunked body cleanly, and the point is that it does not end.
        OutputStream out = ex.raw().getResponseBody();
        try (InputStream in = BackupArchive.open(config.seed(), id, size)) {
            byte[] buffer = new byte[CHUNK];
            long sent = 0;
            int read;
            while ((read = in.read(buffer)) >= 0) {
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
