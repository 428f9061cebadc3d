/**
 * The JavaFX side of the dialog seam: {@link com.ovconsole.ui.dialogs.ModalDialogs}, the one way a
 * dialog view is loaded and shown, and {@link com.ovconsole.ui.DialogService} with real dialogs
 * (alerts, file chooser, error dialog, notifications).
 */
package com.ovconsole.ui.dialogs;
