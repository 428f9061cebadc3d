package com.ovconsole.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Objects;
import java.util.function.Function;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads {@code FooView.fxml} from the resource folder that mirrors {@code FooView}'s package, with
 * the UI strings and a controller factory from the composition root (constructor injection).
 */
public final class ViewLoader {

    private final Messages messages;
    private final Function<Class<?>, Object> controllerFactory;

    public ViewLoader(Messages messages, Function<Class<?>, Object> controllerFactory) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.controllerFactory = Objects.requireNonNull(controllerFactory, "controllerFactory");
    }

    /** Loads the view whose controller the factory builds. */
    public <C> LoadedView<C> load(Class<C> viewClass) {
        return loadWith(viewClass, controllerFactory);
    }

    /**
     * Loads the view with a controller built by the caller, e.g. one bound to a ViewModel made for
     * this one use; nested {@code fx:include}s still go through the factory.
     */
    public <C> LoadedView<C> load(Class<C> viewClass, C controller) {
        Objects.requireNonNull(controller, "controller");
        return loadWith(viewClass, type -> type == viewClass ? controller : controllerFactory.apply(type));
    }

    /** Where the FXML of {@code viewClass} must be: {@code /com/…/FooView.fxml}. */
    public static String fxmlPath(Class<?> viewClass) {
        return "/" + viewClass.getName().replace('.', '/') + ".fxml";
    }

    private <C> LoadedView<C> loadWith(Class<C> viewClass, Function<Class<?>, Object> factory) {
        URL fxml = viewClass.getResource(viewClass.getSimpleName() + ".fxml");
        if (fxml == null) {
            throw new IllegalStateException("No FXML for view " + viewClass.getName()
                    + ": expected " + fxmlPath(viewClass) + " under src/main/resources");
        }
        FXMLLoader loader = new FXMLLoader(fxml, messages.bundle());
        loader.setControllerFactory(factory::apply);
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + fxml + ": " + e.getMessage(), e);
        }
        Object controller = loader.getController();
        if (!viewClass.isInstance(controller)) {
            throw new IllegalStateException(fxml + " must declare fx:controller=\"" + viewClass.getName()
                    + "\" but has " + (controller == null ? "none" : controller.getClass().getName()));
        }
        return new LoadedView<>(root, viewClass.cast(controller));
    }
}
