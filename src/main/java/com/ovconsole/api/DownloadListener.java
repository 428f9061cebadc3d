package com.ovconsole.api;

/** Download progress, called on the downloading thread after each chunk. */
@FunctionalInterface
public interface DownloadListener {

    /** @param total Content-Length, or -1 when the appliance did not say (chunked) */
    void progress(long bytes, long total);

    DownloadListener NONE = (bytes, total) -> { };
}
