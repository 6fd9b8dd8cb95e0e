package tongxing.platform.admin.users;

/** An organization accounts belong to (a provincial party, a city bureau, a mediation organization...). */
record Organization(long id, String name, String kind, String regionCode, String regionName) {
}
