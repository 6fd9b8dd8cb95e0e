package tongxing.platform.security;

/**
 * The data a user may read and write, built on the server from the logged-in account only
 * (never from the request). Read models take a Scope as a parameter, so a query without one
 * does not compile.
 */
public sealed interface Scope {

    record Province() implements Scope {
    }

    record Region(String regionCode) implements Scope {
    }

    record AssignedEnterprises(long userId) implements Scope {
    }

    record Organization(long organizationId, String regionCode) implements Scope {
    }

    record Enterprise(String uscc) implements Scope {
    }

    static Scope province() {
        return new Province();
    }

    static Scope of(CurrentUser user) {
        return switch (user.role().scopeKind()) {
            case PROVINCE -> new Province();
            case REGION -> new Region(user.regionCode());
            case ASSIGNED -> new AssignedEnterprises(user.id());
            case ORGANIZATION -> new Organization(user.organizationId() == null ? -1 : user.organizationId(), user.regionCode());
            case ENTERPRISE -> new Enterprise(user.enterpriseUscc() == null ? "" : user.enterpriseUscc());
        };
    }

    /** May this scope see records of the given region at all (a coarse check for regional lists). */
    default boolean coversRegion(String regionCode) {
        if (this instanceof Province) return true;
        return this instanceof Region r && r.regionCode().equals(regionCode);
    }
}
