package com.ovconsole.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.type.TypeReference;

/**
 * Server-profile drafts, one file each under {@code drafts/}. File names are a hash of
 * (appliance id, resource uri): a uri never becomes a path, whatever characters it holds.
 */
public final class DraftStore {

    public static final String FOLDER_NAME = "drafts";
    private static final String SUFFIX = ".json";
    private static final TypeReference<Optional<Draft>> TYPE = new TypeReference<>() { };

    private final Path folder;
    // Each call opens its own document; this lock keeps writes of the same draft in order.
    private final Object writeLock = new Object();

    public DraftStore(Path configDirectory) {
        this.folder = configDirectory.resolve(FOLDER_NAME);
    }

    public void save(Draft draft) {
        synchronized (writeLock) {
            documentFor(draft.applianceId(), draft.resourceUri()).save(Optional.of(draft));
        }
    }

    /** The draft for this profile, if there is one (and it is really that profile's). */
    public LoadResult<Optional<Draft>> load(String applianceId, String resourceUri) {
        LoadResult<Optional<Draft>> loaded = documentFor(applianceId, resourceUri).load();
        Optional<Draft> matching = loaded.value()
                .filter(d -> d.applianceId().equals(applianceId) && d.resourceUri().equals(resourceUri));
        return new LoadResult<>(matching, loaded.warnings());
    }

    /** Every draft on disk, newest first: what to offer back after a crash. */
    public LoadResult<List<Draft>> listAll() {
        List<Draft> drafts = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
            for (Path file : files) {
                LoadResult<Optional<Draft>> loaded = documentAt(file).load();
                loaded.value().ifPresent(drafts::add);
                warnings.addAll(loaded.warnings());
            }
        } catch (NoSuchFileException e) {
            return LoadResult.ok(List.of());
        } catch (IOException e) {
            warnings.add("Your saved drafts could not be listed (" + e.getMessage() + ").");
        }
        drafts.sort(Comparator.comparing(Draft::savedAt).reversed());
        return new LoadResult<>(drafts, warnings);
    }

    public void delete(String applianceId, String resourceUri) {
        synchronized (writeLock) {
            documentFor(applianceId, resourceUri).delete();
        }
    }

    private JsonDocumentStore<Optional<Draft>> documentFor(String applianceId, String resourceUri) {
        return documentAt(folder.resolve(fileName(applianceId, resourceUri)));
    }

    private static JsonDocumentStore<Optional<Draft>> documentAt(Path file) {
        return new JsonDocumentStore<>(file, TYPE, Optional::empty, "A saved draft");
    }

    static String fileName(String applianceId, String resourceUri) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            // The separator cannot occur in an appliance id, so distinct keys never hash the same input.
            byte[] key = (applianceId + "\n" + resourceUri).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(sha256.digest(key)) + SUFFIX;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
