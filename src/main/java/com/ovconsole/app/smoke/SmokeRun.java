package com.ovconsole.app.smoke;

import com.ovconsole.api.PageQuery;
import com.ovconsole.app.demo.DemoAppliance;
import com.ovconsole.app.mode.RunMode;
import com.ovconsole.store.ApplianceEntry;
import com.ovconsole.ui.BackgroundRunner;
import com.ovconsole.ui.ConnectedAppliance;
import com.ovconsole.ui.connections.ApplianceFormViewModel;
import com.ovconsole.ui.connections.ApplianceItem;
import com.ovconsole.ui.connections.ApplianceListViewModel;
import com.ovconsole.ui.connections.CertificateTrustViewModel;
import com.ovconsole.ui.connections.ConnectionPrompts;
import com.ovconsole.ui.connections.ConnectionStatus;
import com.ovconsole.ui.connections.LoginViewModel;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.IntConsumer;
import javafx.collections.ListChangeListener;
import tools.jackson.databind.JsonNode;

/**
 * {@code --smoke}: the CI check of the packaged app. A temporary config folder, the main window,
 * then the built-in demo appliance connected through the same ViewModel and flow as a click on
 * Connect (version, pinned TLS, login), answering the login dialog with the demo password. Prints
 * {@code Smoke OK: <api version> <profiles total>} and exits 0; any failure prints why and exits
 * 1; a watchdog exits 2 after 60 s.
 */
public final class SmokeRun implements RunMode {

    static final long WATCHDOG_MILLIS = 60_000;

    private final PrintStream out;

    public SmokeRun(PrintStream out) {
        this.out = out;
    }

    /** A throw-away config folder, unless one is given. */
    @Override
    public Path configFolder(Optional<Path> asked) throws IOException {
        return asked.isPresent() ? asked.get() : Files.createTempDirectory("ovconsole-smoke-");
    }

    /** Before launch: the watchdog. */
    @Override
    public void prepare() {
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(WATCHDOG_MILLIS);
                System.out.println("Smoke FAILED: no result after " + WATCHDOG_MILLIS / 1000 + " s");
                Runtime.getRuntime().halt(2);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        }, "smoke-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    /** Answers the login with the demo's credentials; any other question fails the smoke run. */
    @Override
    public ConnectionPrompts prompts(ConnectionPrompts interactive, DemoAppliance demo) {
        return new ConnectionPrompts() {
            @Override
            public boolean trustCertificate(CertificateTrustViewModel certificate) {
                return false;
            }

            @Override
            public boolean logIn(LoginViewModel login) {
                login.userNameProperty().set(demo.user());
                login.passwordProperty().set(demo.password());
                login.bannerAcknowledgedProperty().set(true);
                return true;
            }

            @Override
            public boolean logInAgain(LoginViewModel login) {
                return false;
            }

            @Override
            public boolean editAppliance(ApplianceFormViewModel form) {
                return false;
            }
        };
    }

    /** Connects the demo once the list has loaded; reports and exits when it is connected or failed. */
    @Override
    public void afterShown(Console console, IntConsumer exit) {
        new Check(console.appliances(), console.runner(), exit).start();
    }

    /** One check of the shown window. */
    private final class Check {

        private final ApplianceListViewModel appliances;
        private final BackgroundRunner runner;
        private final IntConsumer exit;

        Check(ApplianceListViewModel appliances, BackgroundRunner runner, IntConsumer exit) {
            this.appliances = appliances;
            this.runner = runner;
            this.exit = exit;
        }

        void start() {
            appliances.getItems().addListener((ListChangeListener<ApplianceItem>) change -> connectDemo());
            connectDemo();
        }

        private void connectDemo() {
            ApplianceItem demo = appliances.item(ApplianceEntry.DEMO_ID);
            if (demo == null || demo.getStatus() != ConnectionStatus.DISCONNECTED) {
                return;
            }
            demo.statusProperty().addListener((property, old, status) -> {
                if (status == ConnectionStatus.CONNECTED) {
                    report(demo);
                } else if (status == ConnectionStatus.ERROR || status == ConnectionStatus.DISCONNECTED) {
                    fail(demo.getDetail());
                }
            });
            appliances.connect(demo);
        }

        private void report(ApplianceItem demo) {
            ConnectedAppliance connected = demo.getConnected();
            runner.run(context -> connected.client()
                            .page("/rest/server-profiles", PageQuery.ALL.count(1), JsonNode.class).total(),
                    total -> {
                        out.println("Smoke OK: " + demo.getSession().apiVersion() + " " + total);
                        exit.accept(0);
                    }, failure -> fail(failure.getMessage()));
        }

        private void fail(String reason) {
            out.println("Smoke FAILED: " + reason);
            exit.accept(1);
        }
    }
}
