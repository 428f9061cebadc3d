/** Appliance list and the connect flow (version, certificate, login). */
package com.ovconsole.ui.connections;
