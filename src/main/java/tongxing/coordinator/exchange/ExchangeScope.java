package tongxing.coordinator.exchange;

import tongxing.platform.region.Regions;
import tongxing.platform.security.Scope;

import java.util.Map;

/**
 * Which sessions a scope sees: the province all; a city the province's sessions and its own; a
 * coordinator the province's, their own region's and those they are on the attendance list of.
 * Only the organizer's region (or the province office) changes a session.
 */
record ExchangeScope(String sql, Map<String, Object> params) {

    static ExchangeScope of(Scope scope, String alias) {
        if (scope instanceof Scope.Province) return new ExchangeScope("TRUE", Map.of());
        if (scope instanceof Scope.Region r)
            return new ExchangeScope(alias + ".region_code IN ('" + Regions.PROVINCE + "', :xs_region)",
                    Map.of("xs_region", r.regionCode()));
        if (scope instanceof Scope.AssignedEnterprises a)
            return new ExchangeScope("""
                    (%1$s.region_code = '%2$s'
                     OR %1$s.region_code IN (SELECT k.region_code FROM coordinator k WHERE k.user_id = :xs_user)
                     OR EXISTS (SELECT 1 FROM coordinator_exchange_attendance xa JOIN coordinator k ON k.id = xa.coordinator_id
                                WHERE xa.session_id = %1$s.id AND k.user_id = :xs_user))"""
                    .formatted(alias, Regions.PROVINCE), Map.of("xs_user", a.userId()));
        return new ExchangeScope("FALSE", Map.of());
    }

    static boolean mayManage(Scope scope, String regionCode) {
        if (scope instanceof Scope.Province) return true;
        return scope instanceof Scope.Region r && r.regionCode().equals(regionCode);
    }
}
