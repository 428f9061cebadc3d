package com.ovconsole.architecture.planted.ui.stray;

/** A ui package nobody declared in HouseRules.UI_FEATURES. */
public final class PlantedStray {
}
