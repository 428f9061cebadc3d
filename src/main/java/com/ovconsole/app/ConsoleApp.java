package com.ovconsole.app;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The JavaFX application: theme, main window. */
public final class ConsoleApp extends Application {

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setTitle("OneView Console");
        stage.setScene(new Scene(new StackPane(new Label("OneView Console")), 1100, 720));
        stage.show();
    }
}
