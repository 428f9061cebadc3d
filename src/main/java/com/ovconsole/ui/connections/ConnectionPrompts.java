package com.ovconsole.ui.connections;

/**
 * The modal questions of the connect flow. Each takes the ViewModel of its dialog, shows it and
 * answers whether the user confirmed; the dialog writes the user's input into the ViewModel.
 * Called on the UI thread only. The app passes {@link FxConnectionPrompts}; tests a scripted fake.
 */
public interface ConnectionPrompts {

    /** Trust-on-first-use, or the blocking "certificate changed" warning; true = trust it. */
    boolean trustCertificate(CertificateTrustViewModel certificate);

    /** The login dialog; true = log in with what the ViewModel now holds. */
    boolean logIn(LoginViewModel login);

    /** The small password dialog after a session expired; true = log in again. */
    boolean logInAgain(LoginViewModel login);

    /** The add/edit appliance dialog; true = save. */
    boolean editAppliance(ApplianceFormViewModel form);
}
