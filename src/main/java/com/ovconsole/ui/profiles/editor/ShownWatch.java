package com.ovconsole.ui.profiles.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.Node;

/**
 * Whether a node can be seen: in a scene and it and every parent visible. A tab pane hides the
 * content of the tabs not selected, so this tells an editor whether its tab is the one showing.
 */
final class ShownWatch {

    private final Node node;
    private final Consumer<Boolean> onChange;
    private final List<Observable> watched = new ArrayList<>();
    private final InvalidationListener recheck = observable -> check();
    private Boolean last;

    private ShownWatch(Node node, Consumer<Boolean> onChange) {
        this.node = node;
        this.onChange = onChange;
    }

    /** Calls {@code onChange} now and whenever {@code node} starts or stops being shown. */
    static void follow(Node node, Consumer<Boolean> onChange) {
        new ShownWatch(node, onChange).check();
    }

    private void check() {
        watched.forEach(o -> o.removeListener(recheck));
        watched.clear();
        boolean shown = node.getScene() != null;
        watch(node.sceneProperty());
        for (Node at = node; at != null; at = at.getParent()) {
            watch(at.visibleProperty());
            watch(at.parentProperty());
            shown &= at.isVisible();
        }
        if (last == null || last != shown) {
            last = shown;
            onChange.accept(shown);
        }
    }

    private void watch(Observable observable) {
        observable.addListener(recheck);
        watched.add(observable);
    }
}
