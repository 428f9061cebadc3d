package com.ovconsole.merge;

/** Which side wins a conflicting field. */
public enum Choice {
    MINE,
    THEIRS
}
