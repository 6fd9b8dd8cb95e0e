package tongxing.platform.api;

import tongxing.platform.security.ApiClient;

/** The permissions an API key can hold, and the check every endpoint makes first. */
public final class ApiPermissions {

    public static final String ENTERPRISE_READ = "enterprise:read";
    public static final String ENTERPRISE_WRITE = "enterprise:write";

    private ApiPermissions() {
    }

    /** Returns the client when it holds the permission; otherwise the request is refused with 403. */
    public static ApiClient require(ApiClient client, String permission) {
        if (client == null || !client.may(permission)) throw ApiRequestRejected.forbidden(permission);
        return client;
    }
}
