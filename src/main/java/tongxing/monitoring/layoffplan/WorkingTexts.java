package tongxing.monitoring.layoffplan;

import org.springframework.context.support.ResourceBundleMessageSource;
import tongxing.platform.i18n.Texts;

/**
 * The casework bundle without Spring, for the few pure calculations that are also used outside the
 * application context: outside a request it resolves in the working language, like {@link Texts}.
 */
final class WorkingTexts {

    static final Texts CASEWORK = new Texts(source());

    private WorkingTexts() {
    }

    private static ResourceBundleMessageSource source() {
        ResourceBundleMessageSource s = new ResourceBundleMessageSource();
        s.setBasenames("messages/casework");
        s.setDefaultEncoding("UTF-8");
        s.setFallbackToSystemLocale(false);
        return s;
    }
}
