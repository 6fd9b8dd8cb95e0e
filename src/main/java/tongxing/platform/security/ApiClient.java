package tongxing.platform.security;

import java.io.Serializable;
import java.util.Set;

/** An external system calling the API with an X-Api-Key (e.g. the market-regulation feed). */
public record ApiClient(long keyId, String name, String regionCode, Set<String> permissions) implements Serializable {

    public Scope scope() {
        return "460000".equals(regionCode) ? Scope.province() : new Scope.Region(regionCode);
    }

    public boolean may(String permission) {
        return permissions.contains(permission) || permissions.contains("*");
    }
}
