/**
 * System administration (系统管理) for the provincial tripartite office: user accounts, API keys
 * for external systems; the audit log screens live beside the audit log itself.
 */
package tongxing.platform.admin;
