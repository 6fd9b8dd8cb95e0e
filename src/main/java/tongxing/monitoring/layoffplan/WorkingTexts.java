package tongxing.monitoring.layoffplan;

import tongxing.platform.i18n.Texts;

/**
 * The casework bundle without Spring, for the few pure calculations that are also used outside the
 * application context: outside a request it resolves in the working language, like {@link Texts}.
 */
final class WorkingTexts {

    static final Texts CASEWORK = Texts.ofBundles("messages/casework");

    private WorkingTexts() {
    }
}
