package com.ovconsole.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one controller factory of the app: features register how their FXML controllers are made
 * (with their ViewModels), and {@link ViewLoader} asks here for every {@code fx:controller} and
 * {@code fx:include} it meets.
 */
public final class Controllers implements Function<Class<?>, Object> {

    private final Map<Class<?>, Supplier<?>> makers = new HashMap<>();

    /** How the controller {@code type} is made; one registration per type. */
    public <C> void register(Class<C> type, Supplier<? extends C> maker) {
        Objects.requireNonNull(maker, "maker");
        if (makers.putIfAbsent(Objects.requireNonNull(type, "type"), maker) != null) {
            throw new IllegalStateException("A controller for " + type.getName() + " is registered already");
        }
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
