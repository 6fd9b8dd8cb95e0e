package tongxing.enterprise;

import tongxing.platform.security.CurrentUser;

import java.util.List;
import java.util.Locale;

/**
 * Implemented by each program that keeps records by USCC, so that the registry (the hub every program links
 * to) can show them on the enterprise's page without knowing the programs. The enterprise has already been
 * found within the user's scope; each source still decides what the user's role may see of its own records.
 */
public interface EnterpriseWorkSource {

    List<EnterpriseWork> about(CurrentUser user, Enterprise enterprise, Locale locale);
}
