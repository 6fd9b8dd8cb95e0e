package tongxing.platform.web;

import tongxing.platform.security.CurrentUser;

import java.util.List;
import java.util.Optional;

/**
 * A module's contribution to the workbench (工作台): a few figures for the logged-in user, each
 * linking to the records behind it. Modules implement this so that the platform's home page
 * does not depend on them.
 */
public interface WorkbenchCard {

    /** The card for this user, or empty when it does not concern their role. */
    Optional<Card> cardFor(CurrentUser user);

    /** Cards are shown in this order, lowest first. */
    default int order() {
        return 100;
    }

    record Card(String titleKey, String href, List<Figure> figures) {
    }

    record Figure(String labelKey, long value, String href) {
    }
}
