package com.ovconsole.api;

import com.ovconsole.api.model.ErrorMessage;

/**
 * 412: a stale ETag or a refused API version (the appliance uses 412 for both). Carries the ETag
 * that was sent so the caller can GET the resource and compare before opening a merge.
 */
public class PreconditionFailedException extends ApplianceErrorException {

    private static final long serialVersionUID = 1L;

    private final ETag sentEtag;

    public PreconditionFailedException(ErrorMessage error, ETag sentEtag) {
        super(412, error);
        this.sentEtag = sentEtag;
    }

    /**
     * The ETag the failed request sent in If-Match, to compare with a fresh read; null when none
     * was sent.
     */
    public ETag sentEtag() {
        return sentEtag;
    }
}
