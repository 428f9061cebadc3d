/** UI infrastructure shared by the features: dispatcher, background work, dialogs, view loading. */
package com.ovconsole.ui;
