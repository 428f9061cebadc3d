/** The main window: appliance list, centre views, task panel, status bar. */
package com.ovconsole.ui.shell;
