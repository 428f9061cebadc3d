package com.ovconsole.ui.dialogs;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;

/**
 * How one modal dialog looks and answers, handed to {@link ModalDialogs#show}: its title, its style
 * classes, and either a confirm button (plus Cancel) or a lone Close button.
 */
public final class DialogSpec {

    final String title;
    /** Null for a dialog that only informs (one Close button). */
    final String confirmLabel;
    final List<String> styleClasses = new ArrayList<>();
    ObservableBooleanValue confirmEnabled;
    boolean accent = true;
    boolean cautious;
    boolean focusCancel;
    Node focus;
    boolean windowModal;
    boolean resizable;
    double prefWidth = -1;
    double prefHeight = -1;
    double minWidth = -1;
    double minHeight = -1;

    private DialogSpec(String title, String confirmLabel) {
        this.title = Objects.requireNonNull(title, "title");
        this.confirmLabel = confirmLabel;
    }

    /** A question: {@code confirmLabel} (says what it does) and Cancel. */
    public static DialogSpec confirm(String title, String confirmLabel) {
        return new DialogSpec(title, Objects.requireNonNull(confirmLabel, "confirmLabel"));
    }

    /** Something to read: one Close button; {@link ModalDialogs#show} then answers false. */
    public static DialogSpec closeOnly(String title) {
        return new DialogSpec(title, null);
    }

    /** Style classes of the dialog pane (the stylesheet and tests find the dialog by them). */
    public DialogSpec styleClass(String... classes) {
        styleClasses.addAll(List.of(classes));
        return this;
    }

    /** The confirm button is enabled only while {@code enabled} holds (e.g. the form is valid). */
    public DialogSpec confirmEnabledWhen(ObservableBooleanValue enabled) {
        this.confirmEnabled = enabled;
        return this;
    }

    /** A dangerous confirmation: Enter cancels, the confirm button is marked as danger. */
    public DialogSpec cautious(boolean cautious) {
        this.cautious = cautious;
        return this;
    }

    /** The Cancel button has the focus when the dialog opens. */
    public DialogSpec focusCancel() {
        this.focusCancel = true;
        return this;
    }

    /** Where typing starts when the dialog opens. */
    public DialogSpec focus(Node node) {
        this.focus = node;
        return this;
    }

    /** The confirm button without the accent colour (a choice among equals, e.g. the merge). */
    public DialogSpec plainConfirm() {
        this.accent = false;
        return this;
    }

    /** Blocks only its owner window (not the whole app). */
    public DialogSpec windowModal() {
        this.windowModal = true;
        return this;
    }

    /** A resizable dialog with this preferred and minimum size. */
    public DialogSpec resizable(double prefWidth, double prefHeight, double minWidth, double minHeight) {
        this.resizable = true;
        this.prefWidth = prefWidth;
        this.prefHeight = prefHeight;
        this.minWidth = minWidth;
        this.minHeight = minHeight;
        return this;
    }
}
