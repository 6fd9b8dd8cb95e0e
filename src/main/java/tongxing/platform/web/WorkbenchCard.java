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

    /** A count linking to its records; {@code needsAction} marks work waiting for the user (shown in red when not zero). */
    record Figure(String labelKey, long value, String href, boolean needsAction) {

        public Figure(String labelKey, long value, String href) {
            this(labelKey, value, href, false);
        }

        public static Figure toDo(String labelKey, long value, String href) {
            return new Figure(labelKey, value, href, true);
        }
    }
}
