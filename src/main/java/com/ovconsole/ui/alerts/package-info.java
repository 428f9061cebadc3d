/** The Alerts tab of each connected appliance: the appliance's alerts, their details, Clear. */
package com.ovconsole.ui.alerts;
