package com.ovconsole.api;

/** The caller cancelled the operation (paging, download, a re-login prompt). */
public class CancelledException extends ApiException {

    private static final long serialVersionUID = 1L;

    public CancelledException(String message) {
        super(message);
    }
}
