/** Jackson records for what the appliance sends; the JSON tree is kept beside them for round-trips. */
package com.ovconsole.api.model;
