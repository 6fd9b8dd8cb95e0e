package tongxing.monitoring.feeds;

import tongxing.platform.i18n.Texts;

/**
 * The feeds bundle for the reasons a row is refused, reachable from the static checks and the load path
 * without a bean: in the request's language (an API caller may ask for {@code ?lang=en}), and in the
 * working language outside a request and in imports. Only a bad row resolves a text.
 */
final class FeedTexts {

    static final Texts FEEDS = Texts.ofBundles("messages/feeds");

    private FeedTexts() {
    }
}
