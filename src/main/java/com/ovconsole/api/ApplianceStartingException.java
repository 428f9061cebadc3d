package com.ovconsole.api;

import com.ovconsole.api.model.ErrorMessage;

/** 503: the appliance is starting or in maintenance. Show progress, not an error; retry later. */
public class ApplianceStartingException extends ApplianceErrorException {

    private static final long serialVersionUID = 1L;

    public ApplianceStartingException(ErrorMessage error) {
        super(503, error);
    }
}
