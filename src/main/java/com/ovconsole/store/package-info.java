/** Settings, appliances, pinned certificates, drafts and task history on disk, written atomically. */
package com.ovconsole.store;
