package com.ovconsole.api;

import java.nio.file.Path;

/** A finished download: where it is, how big, and its SHA-256 (lowercase hex) for the record. */
public record DownloadResult(Path file, long size, String sha256) {
}
