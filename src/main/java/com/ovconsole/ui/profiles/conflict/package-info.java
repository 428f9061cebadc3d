/**
 * The merge dialog shown when a save meets a newer version on the appliance (a 412 conflict).
 * Named {@code conflict}, not {@code merge}, so it is not mistaken for the toolkit-free
 * {@code com.ovconsole.merge} whose three-way merge it shows.
 */
package com.ovconsole.ui.profiles.conflict;
