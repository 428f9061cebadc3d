/** Server profiles: what the list, the editor and the merge dialog share (services, field labels, timestamps). */
package com.ovconsole.ui.profiles;
