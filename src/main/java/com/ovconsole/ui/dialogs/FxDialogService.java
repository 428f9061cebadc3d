package com.ovconsole.ui.dialogs;

import com.ovconsole.api.model.ErrorMessage;
import com.ovconsole.ui.DialogService;
import com.ovconsole.ui.FxThemes;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.TextClipboard;
import com.ovconsole.ui.errors.ErrorView;
import com.ovconsole.ui.errors.ErrorViewModel;
import java.io.File;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.controlsfx.control.Notifications;

/**
 * {@link DialogService} with real JavaFX dialogs, owned by the main window and styled like it: the
 * error dialog is the {@link ErrorView} shown through {@link ModalDialogs}, the rest are alerts.
 */
public final class FxDialogService implements DialogService {

    private final ModalDialogs dialogs;
    private final Messages messages;
    private final TextClipboard clipboard;

    public FxDialogService(ModalDialogs dialogs, Messages messages, TextClipboard clipboard) {
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.clipboard = Objects.requireNonNull(clipboard, "clipboard");
    }

    @Override
    public void showInformation(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public void showWarning(String title, String message) {
        alert(Alert.AlertType.WARNING, title, message).showAndWait();
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel, String cancelLabel) {
        ButtonType yes = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(cancelLabel, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        alert.getButtonTypes().setAll(yes, no);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public void showError(Throwable failure) {
        showErrorDialog(viewModel -> viewModel.show(failure));
    }

    @Override
    public void showError(ErrorMessage error, int httpStatus) {
        showErrorDialog(viewModel -> viewModel.show(error, httpStatus));
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedFileName) {
        return chooseSaveFile(title, null, suggestedFileName);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, Path initialFolder, String suggestedFileName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedFileName);
        if (initialFolder != null && initialFolder.toFile().isDirectory()) {
            chooser.setInitialDirectory(initialFolder.toFile());
        }
        File chosen = chooser.showSaveDialog(dialogs.owner());
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    @Override
    public void notify(String title, String message) {
        Notifications notification = Notifications.create().title(title).text(message);
        Window window = dialogs.owner();
        if (window != null) {
            notification.owner(window);
        }
        // The popup is a window of its own: it gets the app stylesheet (ControlsFX's popup CSS looks
        // up Modena colours that only console.css defines under AtlantaFX).
        ListChangeListener<Window> styled = new ListChangeListener<>() {
            @Override
            public void onChanged(Change<? extends Window> change) {
                while (change.next()) {
                    for (Window added : change.getAddedSubList()) {
                        if (added.getScene() != null && !added.getScene().getStylesheets().contains(FxThemes.APP_STYLESHEET)) {
                            added.getScene().getStylesheets().add(FxThemes.APP_STYLESHEET);
                        }
                        Window.getWindows().removeListener(this);
                    }
                }
            }
        };
        Window.getWindows().addListener(styled);
        notification.showInformation();
    }

    private void showErrorDialog(Consumer<ErrorViewModel> fill) {
        ErrorViewModel viewModel = new ErrorViewModel(messages, clipboard);
        fill.accept(viewModel);
        dialogs.show(dialogs.load(ErrorView.class, viewModel),
                DialogSpec.closeOnly(messages.get("error.title")).styleClass("error-dialog"));
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type, message);
        alert.setTitle(title);
        alert.setHeaderText(title);
        dialogs.own(alert);
        return alert;
    }
}
