/** Three-way merge of JSON trees (base, mine, theirs). Jackson only. */
package com.ovconsole.merge;
