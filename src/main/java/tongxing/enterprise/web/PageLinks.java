package tongxing.enterprise.web;

import tongxing.enterprise.search.EnterpriseFilter;

/** Links that keep the current filter: to another page of the list, and to its export. */
public record PageLinks(EnterpriseFilter filter) {

    public String page(int page) {
        String query = filter.queryString();
        return "/enterprises?" + (query.isEmpty() ? "" : query + "&") + "page=" + page;
    }

    public String export() {
        String query = filter.queryString();
        return "/enterprises/export" + (query.isEmpty() ? "" : "?" + query);
    }
}
