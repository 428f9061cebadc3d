/** Help > Export diagnostics: asks where, snapshots the task panel, writes the zip off the UI thread. */
package com.ovconsole.ui.diagnostics;
