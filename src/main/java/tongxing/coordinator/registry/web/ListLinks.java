package tongxing.coordinator.registry.web;

/** Links that keep a list's filter: another page, and the export. */
public record ListLinks(String path, String query) {

    public String page(int page) {
        return path + "?" + (query.isEmpty() ? "" : query + "&") + "page=" + page;
    }

    public String export() {
        return path + "/export" + (query.isEmpty() ? "" : "?" + query);
    }
}
