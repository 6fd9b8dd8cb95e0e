package tongxing.coordinator;

import tongxing.platform.security.Scope;

import java.util.Map;

/**
 * Which coordinators a scope may see: the province all, a city its own region, a coordinator
 * only their own profile (the record linked to their account), anyone else none.
 *
 * @param sql    a boolean SQL expression over the coordinator alias given
 * @param params its named parameters (prefixed {@code cs_})
 */
public record CoordinatorScope(String sql, Map<String, Object> params) {

    public static CoordinatorScope of(Scope scope, String alias) {
        if (scope instanceof Scope.Province) return new CoordinatorScope("TRUE", Map.of());
        if (scope instanceof Scope.Region r)
            return new CoordinatorScope(alias + ".region_code = :cs_region", Map.of("cs_region", r.regionCode()));
        if (scope instanceof Scope.AssignedEnterprises a)
            return new CoordinatorScope(alias + ".user_id = :cs_user", Map.of("cs_user", a.userId()));
        return new CoordinatorScope("FALSE", Map.of());
    }

    /** May this scope create or change coordinators of the region (province and own city only). */
    public static boolean mayManage(Scope scope, String regionCode) {
        if (scope instanceof Scope.Province) return true;
        return scope instanceof Scope.Region r && r.regionCode().equals(regionCode);
    }
}
