/**
 * OneView Console: a desktop management console for HPE OneView appliances.
 *
 * <p>Layers: api, merge, sim and store never use JavaFX (ArchitectureTest keeps it so); the UI
 * is one package per feature under ui, each opened to javafx.fxml; app wires it all.
 */
module com.ovconsole {
    requires javafx.controls;
    requires javafx.fxml;
    requires java.net.http;
    requires java.logging;
    requires jdk.httpserver;
    requires tools.jackson.databind;
    requires com.fasterxml.jackson.annotation;
    requires org.controlsfx.controls;
    requires atlantafx.base;
    requires org.kordamp.ikonli.javafx;
    requires org.kordamp.ikonli.feather;
    // ImageIO for the screenshot tour's PNGs (app.FxSteps).
    requires java.desktop;
    // RuntimeMXBean: JVM start time for --exit-when-shown (app.ExitWhenShown).
    requires java.management;

    exports com.ovconsole.app;
    exports com.ovconsole.api;
    exports com.ovconsole.api.model;
    opens com.ovconsole.api.model to tools.jackson.databind;

    exports com.ovconsole.merge;
    exports com.ovconsole.store;
    opens com.ovconsole.store to tools.jackson.databind;
    exports com.ovconsole.diagnostics;
    opens com.ovconsole.diagnostics to tools.jackson.databind;

    exports com.ovconsole.ui;
    opens com.ovconsole.ui to javafx.fxml;
    opens com.ovconsole.ui.errors to javafx.fxml;
    opens com.ovconsole.ui.shell to javafx.fxml;
    exports com.ovconsole.ui.profiles;
    exports com.ovconsole.ui.profiles.list;
    opens com.ovconsole.ui.profiles.list to javafx.fxml;
    exports com.ovconsole.ui.profiles.editor;
    opens com.ovconsole.ui.profiles.editor to javafx.fxml;
    exports com.ovconsole.ui.profiles.conflict;
    opens com.ovconsole.ui.profiles.conflict to javafx.fxml;
    exports com.ovconsole.ui.hardware;
    opens com.ovconsole.ui.hardware to javafx.fxml;

    exports com.ovconsole.ui.connections;
    opens com.ovconsole.ui.connections to javafx.fxml;
    exports com.ovconsole.ui.shell;
    exports com.ovconsole.ui.tasks;
    opens com.ovconsole.ui.tasks to javafx.fxml;
    exports com.ovconsole.ui.backups;
    opens com.ovconsole.ui.backups to javafx.fxml;
    exports com.ovconsole.ui.alerts;
    opens com.ovconsole.ui.alerts to javafx.fxml;
    exports com.ovconsole.ui.search;
    opens com.ovconsole.ui.search to javafx.fxml;

    exports com.ovconsole.sim;
    opens com.ovconsole.sim to tools.jackson.databind;
}
