/** One search over the profiles, servers and alerts of every connected appliance (Ctrl+K). */
package com.ovconsole.ui.search;
