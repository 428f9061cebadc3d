package com.ovconsole.ui.search;

import com.ovconsole.ui.BackgroundRunner;
import com.ovconsole.ui.ConnectedAppliance;
import com.ovconsole.ui.FeatureModule;
import com.ovconsole.ui.LoadedView;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.Navigator;
import com.ovconsole.ui.UiDispatcher;
import com.ovconsole.ui.ViewLoader;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import javafx.collections.ObservableList;

/**
 * The cross-appliance search: one field (the window's top bar, Ctrl+K) and its results panel.
 * It has no tab; the composition root puts {@link #view()}'s two nodes into the main window.
 */
public final class SearchModule implements FeatureModule {

    private final SearchViewModel viewModel;
    private final SearchView view;

    /** Built on the FX thread; {@code navigator} opens a chosen result in its appliance's workspace. */
    public SearchModule(ViewLoader loader, Messages messages, ObservableList<ConnectedAppliance> connected,
            BackgroundRunner runner, ScheduledExecutorService scheduler, UiDispatcher dispatcher, Navigator navigator) {
        this.viewModel = new SearchViewModel(connected, runner, scheduler, dispatcher, navigator, messages,
                SearchViewModel.DEFAULT_QUIET);
        LoadedView<SearchView> loaded = loader.load(SearchView.class,
                new SearchView(viewModel, Objects.requireNonNull(messages, "messages")));
        this.view = loaded.controller();
    }

    public SearchView view() {
        return view;
    }

    public SearchViewModel viewModel() {
        return viewModel;
    }

    /** The window closes: queries stop. */
    public void close() {
        viewModel.close();
    }
}
