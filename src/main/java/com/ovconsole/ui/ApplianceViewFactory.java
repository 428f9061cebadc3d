package com.ovconsole.ui;

import java.util.Objects;
import java.util.function.Function;

/**
 * Makes one kind of appliance view. The composition root hands the workspace a list of these;
 * the workspace creates one view per connected appliance and closes it on disconnect.
 */
public interface ApplianceViewFactory {

    /** The tab title, already localised. */
    String title();

    ApplianceView create(ConnectedAppliance appliance);

    /** A tab titled {@code title} whose view {@code create} makes per appliance. */
    static ApplianceViewFactory of(String title, Function<ConnectedAppliance, ApplianceView> create) {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(create, "create");
        return new ApplianceViewFactory() {
            @Override
            public String title() {
                return title;
            }

            @Override
            public ApplianceView create(ConnectedAppliance appliance) {
                return create.apply(appliance);
            }
        };
    }
}
