package tongxing.platform.admin.users;

/** Kinds of organization an account can belong to (platform_organization.kind). */
enum OrganizationKind {
    TRIPARTITE_OFFICE, UNION, SASAC, FIC, ENTERPRISE_CONFEDERATION, CITY_BUREAU, EXPERT_TEAM, MEDIATION_ORG,
    SOCIAL_ORG, OTHER
}
