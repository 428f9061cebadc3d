/** The merge dialog shown when a save meets a newer version on the appliance. */
package com.ovconsole.ui.profiles.merge;
