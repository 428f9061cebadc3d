package com.ovconsole.merge;

/** How one field differs between base, mine and theirs. */
public enum ChangeKind {
    /** Only I changed it (added, edited or removed): mine is taken. */
    MINE_ONLY,
    /** Only the appliance side changed it: theirs is taken. */
    THEIRS_ONLY,
    /** Both sides made the very same change: nothing to decide. */
    BOTH_SAME,
    /** Both sides changed it differently (including delete versus edit): the user picks. */
    CONFLICT,
    /** A field the appliance owns (eTag, modified, status…): theirs is always taken. */
    SERVER_MANAGED
}
