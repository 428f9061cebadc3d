package com.ovconsole.api;

import com.ovconsole.api.model.ErrorMessage;

/** 401 because the session is gone or invalid (not for missing privileges): log in again. */
public class SessionExpiredException extends ApplianceErrorException {

    private static final long serialVersionUID = 1L;

    public SessionExpiredException(ErrorMessage error) {
        super(401, error);
    }
}
