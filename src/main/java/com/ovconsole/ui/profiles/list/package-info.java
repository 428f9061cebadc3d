/** The Server Profiles tab: the paged list of profiles, with one tab per open editor. */
package com.ovconsole.ui.profiles.list;
