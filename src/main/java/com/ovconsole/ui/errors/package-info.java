/** The ErrorMessage dialog and view. */
package com.ovconsole.ui.errors;
