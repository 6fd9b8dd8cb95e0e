package tongxing.platform.security;

/**
 * The roles of DESIGN.md ("Who uses it"). The data scope of a user follows from the role and
 * from the region, organization or enterprise the account is bound to.
 */
public enum Role {
    /** 省协调劳动关系三方办公室（省人社厅劳动关系处）: whole province, administration. */
    PROVINCE_ADMIN(ScopeKind.PROVINCE),
    /** 省总工会、省国资委、省工商联、省企联: whole province, own responsibilities. */
    PROVINCE_PARTY(ScopeKind.PROVINCE),
    /** 市县人社局及三方: own city/county only. */
    CITY_STAFF(ScopeKind.REGION),
    /** 专家服务团队成员: enterprises assigned to them. */
    EXPERT(ScopeKind.ASSIGNED),
    /** 劳动关系协调员: own profile and covered enterprises. */
    COORDINATOR(ScopeKind.ASSIGNED),
    /** 调解组织: own organization. */
    MEDIATION_ORG(ScopeKind.ORGANIZATION),
    /** 企业（人力资源部门）: own enterprise. */
    ENTERPRISE(ScopeKind.ENTERPRISE);

    private final ScopeKind scopeKind;

    Role(ScopeKind scopeKind) {
        this.scopeKind = scopeKind;
    }

    public ScopeKind scopeKind() {
        return scopeKind;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    public boolean isStaff() {
        return this == PROVINCE_ADMIN || this == PROVINCE_PARTY || this == CITY_STAFF;
    }

    public enum ScopeKind { PROVINCE, REGION, ASSIGNED, ORGANIZATION, ENTERPRISE }
}
