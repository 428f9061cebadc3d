package com.ovconsole.hello;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * A JavaFX hello world: one label in a window. With {@code --exit-when-shown} it measures and exits
 * exactly as the console's own mode does (first pulse after WINDOW_SHOWN, ms from JVM start).
 */
public final class HelloWorld extends Application {

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new StackPane(new Label("Hello, JavaFX")), 640, 400);
        stage.setTitle("Hello");
        stage.setScene(scene);
        if (getParameters().getRaw().contains("--exit-when-shown")) {
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, shown -> {
                Runnable[] firstPulse = new Runnable[1];
                firstPulse[0] = () -> {
                    scene.removePostLayoutPulseListener(firstPulse[0]);
                    long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                    System.out.println("Window shown after " + millis + " ms");
                    System.out.flush();
                    Platform.exit();
                };
                scene.addPostLayoutPulseListener(firstPulse[0]);
            });
        }
        stage.show();
    }

    public static void main(String[] args) {
        launch(args);
    }
}
