package com.ovconsole.ui;

import javafx.scene.Parent;

/** A loaded FXML view: its root node and its controller. */
public record LoadedView<C>(Parent root, C controller) {
}
