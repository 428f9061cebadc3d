package com.ovconsole.api;

import com.ovconsole.api.model.ErrorMessage;

/** 404: the URI names nothing (the resource or task was deleted). */
public class NotFoundException extends ApplianceErrorException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(ErrorMessage error) {
        super(404, error);
    }
}
