package com.ovconsole.api;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A download that broke off with its bytes kept in {@code part}: enough to resume it with
 * {@code Range} + {@code If-Range}. The count is what the {@code .part} held when it stopped;
 * a resume re-reads (and re-hashes) the file itself rather than trusting it.
 *
 * @param path      the appliance path downloaded
 * @param target    the final file name the download will get
 * @param bytes     bytes in the {@code .part}
 * @param total     the whole length, or -1 when the appliance did not say
 * @param validator the ETag (strong) or Last-Modified sent as If-Range
 */
public record PartialDownload(String path, Path target, Path part, long bytes, long total, String validator) {

    public PartialDownload {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(validator, "validator");
    }
}
