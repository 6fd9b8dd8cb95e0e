package tongxing.platform.audit;

/** What an audit entry records. */
public enum AuditAction {
    LOGIN_SUCCESS, LOGIN_FAILURE, ACCOUNT_LOCKED, LOGOUT, PASSWORD_CHANGED,
    CREATE, UPDATE, DELETE, IMPORT, EXPORT, API_CALL,
    USER_CREATED, USER_UPDATED, PASSWORD_RESET, USER_DISABLED, USER_ENABLED, USER_UNLOCKED, API_KEY_CREATED, API_KEY_REVOKED,
    /** A user looked at personal data that screens show masked (a full phone number). */
    VIEW_PERSONAL_DATA
}
