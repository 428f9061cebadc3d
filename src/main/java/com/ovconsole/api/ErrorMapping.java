package com.ovconsole.api;

import com.ovconsole.api.model.ErrorMessage;

/** Status + ErrorMessage -> the exception type callers switch on. */
final class ErrorMapping {

    static final String INSUFFICIENT_PRIVILEGES = "INSUFFICIENT_PRIVILEGES";

    private ErrorMapping() {
    }

    /**
     * @param authenticated whether the request carried a session: a 401 on login is a wrong
     *                      password, not an expired session
     */
    static ApplianceErrorException toException(int status, byte[] body, boolean authenticated, String sentEtag) {
        ErrorMessage error = ErrorBodies.parse(status, body);
        if (status == 401 && authenticated && !INSUFFICIENT_PRIVILEGES.equals(error.errorCode())) {
            return new SessionExpiredException(error);
        }
        return switch (status) {
            case 404 -> new NotFoundException(error);
            case 412 -> new PreconditionFailedException(error, ETag.of(sentEtag));
            case 503 -> new ApplianceStartingException(error);
            default -> new ApplianceErrorException(status, error);
        };
    }
}
