/** Server profiles: list, editor, merge dialog. */
package com.ovconsole.ui.profiles;
