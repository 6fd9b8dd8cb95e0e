package tongxing.platform.admin.users;

import tongxing.platform.security.Role;

/**
 * An account form that passed {@link UserRules}: trimmed, typed and consistent. A blank phone
 * on an edit means "keep the stored one"; a null initial password means "generate one".
 */
record ValidAccount(String username, String displayName, Role role, String regionCode, Long organizationId,
                    String newOrganizationName, OrganizationKind newOrganizationKind, String enterpriseUscc,
                    String phone, String email, String initialPassword) {
}
