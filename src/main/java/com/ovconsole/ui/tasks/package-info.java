/** The background task panel. */
package com.ovconsole.ui.tasks;
