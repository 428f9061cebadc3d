package com.ovconsole.api;

import java.util.Objects;

/**
 * A download broke off (dropped connection, expired session, appliance gone) and what arrived is
 * kept as a {@code .part}: {@link Downloader#resume} continues from {@link #partial()}.
 */
public class DownloadInterruptedException extends TransportException {

    private static final long serialVersionUID = 1L;

    private final transient PartialDownload partial;

    public DownloadInterruptedException(String message, PartialDownload partial, Throwable cause) {
        super(message, cause);
        this.partial = Objects.requireNonNull(partial, "partial");
    }

    public PartialDownload partial() {
        return partial;
    }
}
