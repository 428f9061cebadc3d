/** The Backups view. */
package com.ovconsole.ui.backups;
