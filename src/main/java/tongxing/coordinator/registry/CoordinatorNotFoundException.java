package tongxing.coordinator.registry;

import tongxing.platform.web.NotFoundException;

/** No such coordinator in the caller's data scope: answers 404 either way. */
public class CoordinatorNotFoundException extends NotFoundException {
}
