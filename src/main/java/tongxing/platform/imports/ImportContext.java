package tongxing.platform.imports;

import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.Scope;

/** Who imports which file: definitions take the data scope from here, never from the file. */
public record ImportContext(long jobId, CurrentUser user, String fileName) {

    public Scope scope() {
        return user.scope();
    }
}
