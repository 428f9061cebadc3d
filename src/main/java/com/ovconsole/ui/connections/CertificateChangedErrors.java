package com.ovconsole.ui.connections;

import com.ovconsole.api.CertificateChangedException;
import com.ovconsole.ui.DialogService;
import com.ovconsole.ui.ForwardingDialogService;

/**
 * Error dialogs without the ones for a certificate that changed mid-session: the appliance already
 * shows "certificate changed" in the list, the status bar and above its views, with the review
 * at hand, so a modal per refused request would only interrupt (and repeat for every view).
 */
public final class CertificateChangedErrors extends ForwardingDialogService {

    private static final System.Logger LOG = System.getLogger(CertificateChangedErrors.class.getName());

    public CertificateChangedErrors(DialogService delegate) {
        super(delegate);
    }

    @Override
    public void showError(Throwable failure) {
        if (isCertificateChange(failure)) {
            LOG.log(System.Logger.Level.INFO, "Not shown as a dialog (the appliance shows the state): "
                    + failure.getMessage());
            return;
        }
        super.showError(failure);
    }

    private static boolean isCertificateChange(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CertificateChangedException) {
                return true;
            }
        }
        return false;
    }
}
