package tongxing.enterprise;

import tongxing.platform.web.NotFoundException;

/** No such enterprise in the caller's data scope. */
public class EnterpriseNotFoundException extends NotFoundException {
}
