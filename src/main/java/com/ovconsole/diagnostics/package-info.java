/** The diagnostics zip (Help > Export diagnostics): logs, versions, appliances, tasks, errors; no JavaFX, no secrets. */
package com.ovconsole.diagnostics;
