package tongxing.platform.admin.users;

/** The account states an administrator filters by. */
enum UserStatus {
    /** May log in (enabled and not locked). */
    ENABLED,
    /** Switched off by an administrator. */
    DISABLED,
    /** Locked for 15 minutes after five failed logins in a row. */
    LOCKED,
    /** Still has an initial or reset password. */
    MUST_CHANGE_PASSWORD
}
