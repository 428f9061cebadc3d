package com.ovconsole.ui;

/**
 * Makes one kind of appliance view. The composition root hands the workspace a list of these;
 * the workspace creates one view per connected appliance and closes it on disconnect.
 */
public interface ApplianceViewFactory {

    /** The tab title, already localised. */
    String title();

    ApplianceView create(ConnectedAppliance appliance);
}
