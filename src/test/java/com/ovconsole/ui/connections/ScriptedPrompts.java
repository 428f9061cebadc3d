package com.ovconsole.ui.connections;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** ConnectionPrompts for ViewModel tests: records each question and answers as scripted. */
final class ScriptedPrompts implements ConnectionPrompts {

    final List<CertificateTrustViewModel> certificates = new ArrayList<>();
    final List<LoginViewModel> logins = new ArrayList<>();
    final List<LoginViewModel> relogins = new ArrayList<>();
    final List<ApplianceFormViewModel> forms = new ArrayList<>();

    boolean trust = true;
    String password = "admin";
    boolean acknowledgeBanner = true;
    Predicate<LoginViewModel> loginAnswer = login -> true;
    String reloginPassword = "admin";
    Consumer<ApplianceFormViewModel> fillForm = form -> { };

    @Override
    public boolean trustCertificate(CertificateTrustViewModel certificate) {
        certificates.add(certificate);
        return trust;
    }

    @Override
    public boolean logIn(LoginViewModel login) {
        logins.add(login);
        login.passwordProperty().set(password);
        login.bannerAcknowledgedProperty().set(acknowledgeBanner);
        return loginAnswer.test(login) && login.canLogInProperty().get();
    }

    @Override
    public boolean logInAgain(LoginViewModel login) {
        relogins.add(login);
        if (reloginPassword == null) {
            return false;
        }
        login.passwordProperty().set(reloginPassword);
        return true;
    }

    @Override
    public boolean editAppliance(ApplianceFormViewModel form) {
        forms.add(form);
        fillForm.accept(form);
        return form.validProperty().get();
    }
}
