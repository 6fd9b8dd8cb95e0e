package tongxing.platform.web;

import java.util.List;

/** One entry of the left menu: a message key, a link, and optional children. */
public record MenuItem(String key, String href, String icon, boolean placeholder, List<MenuItem> children) {

    public static MenuItem link(String key, String href, String icon) {
        return new MenuItem(key, href, icon, false, List.of());
    }

    public static MenuItem placeholder(String key, String href, String icon) {
        return new MenuItem(key, href, icon, true, List.of());
    }

    public static MenuItem group(String key, String icon, List<MenuItem> children) {
        return new MenuItem(key, null, icon, false, children);
    }
}
