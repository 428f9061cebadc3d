package com.ovconsole.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one controller factory of the app: features register how their FXML controllers are made
 * (with their ViewModels), and {@link ViewLoader} asks here for every {@code fx:controller} and
 * {@code fx:include} it meets. A dialog's controller is made from the input of one question
 * (usually the dialog's ViewModel), so features register it with {@link #registerDialog} and
 * {@code ui.dialogs.ModalDialogs} asks for it with {@link #dialog}.
 */
public final class Controllers implements Function<Class<?>, Object> {

    private final Map<Class<?>, Supplier<?>> makers = new HashMap<>();
    private final Map<Class<?>, Function<Object, ?>> dialogMakers = new HashMap<>();

    /** How the controller {@code type} is made; one registration per type. */
    public <C> void register(Class<C> type, Supplier<? extends C> maker) {
        Objects.requireNonNull(maker, "maker");
        if (makers.putIfAbsent(Objects.requireNonNull(type, "type"), maker) != null) {
            throw new IllegalStateException("A controller for " + type.getName() + " is registered already");
        }
    }

    /** How the controller of the dialog view {@code type} is made from its {@code input}; one registration per type. */
    public <C, M> void registerDialog(Class<C> type, Class<M> input, Function<? super M, ? extends C> maker) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(maker, "maker");
        Function<Object, C> fromInput = given -> maker.apply(input.cast(given));
        if (dialogMakers.putIfAbsent(Objects.requireNonNull(type, "type"), fromInput) != null) {
            throw new IllegalStateException("A dialog controller for " + type.getName() + " is registered already");
        }
    }

    /** The controller of the dialog view {@code type} for one question, made from {@code input}. */
    public <C> C dialog(Class<C> type, Object input) {
        Function<Object, ?> maker = dialogMakers.get(type);
        if (maker == null) {
            throw new IllegalStateException("No dialog controller registered for " + type.getName()
                    + ": its feature registers it with Controllers.registerDialog");
        }
        return type.cast(maker.apply(Objects.requireNonNull(input, "input")));
    }

    @Override
    public Object apply(Class<?> type) {
        Supplier<?> maker = makers.get(type);
        if (maker == null) {
            throw new IllegalStateException("No controller registered for " + type.getName()
                    + ": its feature registers it with Controllers");
        }
        return maker.get();
    }
}
