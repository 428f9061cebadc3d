/** The Server Hardware tab of a connected appliance: the paged server list and its power actions. */
package com.ovconsole.ui.hardware;
