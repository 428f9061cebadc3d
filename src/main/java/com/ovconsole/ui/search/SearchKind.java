package com.ovconsole.ui.search;

import com.ovconsole.api.AlertsApi;
import com.ovconsole.api.PageQuery;
import com.ovconsole.api.ServerHardwareApi;

/**
 * What a search looks through on each appliance: the collection, the attribute the appliance
 * filters on ({@code field matches '%text%'}) and the icon a result of this kind shows.
 */
public enum SearchKind {

    PROFILE("/rest/server-profiles", "name", "name:asc", "fth-file-text"),
    SERVER(ServerHardwareApi.BASE, "name", "name:asc", "fth-server"),
    ALERT(AlertsApi.BASE, "description", "created:desc", "fth-bell");

    /** Results per kind and appliance: enough to pick from, small enough to answer at once. */
    static final int LIMIT = 8;

    private final String collection;
    private final String field;
    private final String sort;
    private final String icon;

    SearchKind(String collection, String field, String sort, String icon) {
        this.collection = collection;
        this.field = field;
        this.sort = sort;
        this.icon = icon;
    }

    public String collection() {
        return collection;
    }

    /** The Ikonli literal of this kind's icon. */
    public String icon() {
        return icon;
    }

    /** The first {@link #LIMIT} members whose field contains {@code text} (case-insensitive on OneView). */
    PageQuery query(String text) {
        PageQuery query = PageQuery.ALL.start(0).count(LIMIT).sort(sort)
                .filter(field + " matches '%" + text.replace("'", "''") + "%'");
        // Cleared alerts are history: the search finds what still needs attention.
        return this == ALERT ? query.filter("alertState<>'Cleared'") : query;
    }
}
