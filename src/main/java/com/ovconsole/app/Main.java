package com.ovconsole.app;

import javafx.application.Application;

/** Entry point: start-up work happens here, before the toolkit starts. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Application.launch(ConsoleApp.class, args);
    }
}
