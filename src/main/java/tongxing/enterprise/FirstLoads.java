package tongxing.enterprise;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * When a write of enterprises is a first load: the province's initial migration from the city
 * ledgers (a million enterprises into a registry of a few thousand). Such a write adds at least as
 * many enterprises as the registry holds, and at least {@code tongxing.enterprise.first-load-min-rows}
 * (100,000). It then builds the registry's secondary indexes after the insert instead of
 * maintaining them row by row (see {@link RegistryIndexes}), as the PostgreSQL manual advises for
 * populating a database; the price is that the registry is locked for everyone while it runs.
 */
@Component
class FirstLoads {

    private final JdbcTemplate jdbc;
    private volatile long minRows;

    FirstLoads(JdbcTemplate jdbc, @Value("${tongxing.enterprise.first-load-min-rows:100000}") long minRows) {
        this.jdbc = jdbc;
        this.minRows = minRows;
    }

    /** Whether adding {@code newRows} enterprises to a registry of {@code registryRows} is a first load. */
    boolean applies(long newRows, long registryRows) {
        return newRows >= minRows && newRows >= registryRows;
    }

    /**
     * Whether writing {@code rows} enterprises could be a first load (all of them new): a cheap
     * test before counting exactly which rows are new.
     */
    boolean possible(long rows) {
        return rows >= minRows && rows >= registryRows();
    }

    long registryRows() {
        Long n = jdbc.queryForObject("SELECT count(*) FROM enterprise", Long.class);
        return n == null ? 0 : n;
    }

    /** Whether a write of this many enterprises is large enough to matter like a first load (the threshold alone). */
    boolean isLarge(long rows) {
        return rows >= minRows;
    }

    /** For tests: a threshold small enough for a test's data. Returns the previous one. */
    long useMinRows(long rows) {
        long before = minRows;
        minRows = rows;
        return before;
    }
}
