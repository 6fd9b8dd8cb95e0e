package tongxing.platform.security;

import java.util.Map;

/**
 * The one place where a data scope becomes SQL. Every read model that lists, exports or loads
 * enterprise-linked rows appends this condition; values always travel as bound parameters.
 *
 * @param sql    a boolean SQL expression over the given columns
 * @param params the named parameters it uses (all prefixed {@code scope_})
 */
public record ScopeSql(String sql, Map<String, Object> params) {

    /**
     * Rows that belong to an enterprise (by USCC) located in a region.
     *
     * @param regionColumn the qualified column holding the row's region code
     * @param usccColumn   the qualified column holding the row's enterprise USCC
     */
    public static ScopeSql forEnterpriseRows(Scope scope, String regionColumn, String usccColumn) {
        // Java 17: no pattern matching in switch yet, so an if-chain over the sealed hierarchy.
        if (scope instanceof Scope.Province) return new ScopeSql("TRUE", Map.of());
        if (scope instanceof Scope.Region r)
            return new ScopeSql(regionColumn + " = :scope_region", Map.of("scope_region", r.regionCode()));
        if (scope instanceof Scope.AssignedEnterprises a)
            return new ScopeSql(usccColumn + " IN (SELECT ue.uscc FROM platform_user_enterprise ue WHERE ue.user_id = :scope_user)",
                    Map.of("scope_user", a.userId()));
        if (scope instanceof Scope.Enterprise e)
            return new ScopeSql(usccColumn + " = :scope_uscc", Map.of("scope_uscc", e.uscc()));
        return new ScopeSql("FALSE", Map.of());
    }

    /** May this scope write (create or change) a row in the given region? Assigned and own-enterprise scopes may not create. */
    public static boolean mayWriteRegion(Scope scope, String regionCode) {
        if (scope instanceof Scope.Province) return true;
        return scope instanceof Scope.Region r && r.regionCode().equals(regionCode);
    }
}
