/** The profile editor: form, drafts, validation, the "changed on the appliance" watch and the save workflow. */
package com.ovconsole.ui.profiles.editor;
