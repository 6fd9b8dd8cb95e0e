package tongxing.enterprise.search;

import java.util.Map;
import java.util.Optional;

/**
 * How a name substring becomes SQL. Two characters or more: the index of the names' bigram codes
 * ({@link NameGrams}, V107) finds the candidates (pg_trgm would need three, and Chinese names are
 * searched by two), and ILIKE keeps the match exact. One character: ILIKE alone, which the page's LIMIT and the count's cap bound.
 */
record NameMatch(String sql, Map<String, Object> params) {

    static Optional<NameMatch> of(String query) {
        if (query == null || query.isBlank()) return Optional.empty();
        String like = "%" + escapeLike(query) + "%";
        // PostgreSQL counts characters, not UTF-16 units: a rare ideograph outside the BMP is one.
        if (query.codePointCount(0, query.length()) < 2) {
            return Optional.of(new NameMatch("e.name ILIKE :name_like", Map.of("name_like", like)));
        }
        return Optional.of(new NameMatch(
                "e.name_grams @> CAST(:name_grams AS int[]) AND e.name ILIKE :name_like",
                Map.of("name_grams", NameGrams.literal(query), "name_like", like)));
    }

    /** The same match tested on a row alone, for a walk along an index that rows are read from anyway. */
    String rowTestSql() {
        return "e.name ILIKE :name_like";
    }

    Map<String, Object> rowTestParams() {
        return Map.of("name_like", params.get("name_like"));
    }

    /** LIKE's own characters taken literally (backslash is PostgreSQL's default escape). */
    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
