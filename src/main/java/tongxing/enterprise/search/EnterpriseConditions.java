package tongxing.enterprise.search;

import tongxing.platform.ownership.OwnershipType;
import tongxing.platform.ownership.OwnershipTypes;
import tongxing.platform.security.Scope;
import tongxing.platform.security.ScopeSql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The WHERE clause of a registry search: the caller's data scope first, then one condition per
 * given part of the filter. Only fixed SQL text is concatenated; every value is a bound parameter.
 *
 * @param orderBy the list's order, newest first, spelled so that an index gives it (see {@link #orderBy})
 */
record EnterpriseConditions(String sql, Map<String, Object> params, String orderBy) {

    /** Conditions for counting, and for a page of few matches: the name through its bigram index. */
    static EnterpriseConditions of(Scope scope, EnterpriseFilter f, OwnershipTypes ownershipTypes) {
        return of(scope, f, ownershipTypes, false);
    }

    /**
     * @param manyMatches the filter is known to match many rows: the page then walks the
     *                    ordering index and tests the name on each row, which stops after a few
     *                    hundred rows, instead of fetching and sorting every candidate of the
     *                    bigram index (41,000 for "酒店管理": 2.3 s).
     */
    static EnterpriseConditions of(Scope scope, EnterpriseFilter f, OwnershipTypes ownershipTypes, boolean manyMatches) {
        ScopeSql scopeSql = ScopeSql.forEnterpriseRows(scope, "e.region_code", "e.uscc");
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>(scopeSql.params());
        String lead = null;
        if (scope instanceof Scope.Region r) {
            // The scope stays the condition, as ScopeSql words it; "IS TRUE" (same rows) only keeps
            // the planner from folding the region into a constant, which would let it order by
            // the primary key again (see orderBy). The region index is reached through lead_region.
            where.add("(" + scopeSql.sql() + ") IS TRUE");
            where.add("e.region_code = ANY(ARRAY[CAST(:lead_region AS text)])");
            params.put("lead_region", r.regionCode());
            lead = "e.region_code";
        } else {
            where.add(scopeSql.sql());
        }
        NameMatch.of(f.name()).ifPresent(m -> {
            where.add(manyMatches ? m.rowTestSql() : m.sql());
            params.putAll(manyMatches ? m.rowTestParams() : m.params());
        });
        if (f.uscc() != null) {
            if (f.uscc().length() == 18) {
                where.add("e.uscc = CAST(:uscc AS char(18))");
                params.put("uscc", f.uscc());
            } else if (f.uscc().length() < 18) {
                // A prefix: bpchar_pattern_ops index (V5) serves LIKE 'prefix%' in any collation.
                where.add("e.uscc LIKE CAST(:uscc_prefix AS text)");
                params.put("uscc_prefix", NameMatch.escapeLike(f.uscc()) + "%");
            } else {
                where.add("FALSE");
            }
        }
        if (f.region() != null) {
            where.add("e.region_code = ANY(ARRAY[CAST(:region AS text)])");
            params.put("region", f.region());
            if (lead == null) lead = "e.region_code";
        }
        if (f.division() != null) {
            where.add("e.industry_division = ANY(ARRAY[CAST(:division AS bpchar)])");
            params.put("division", f.division());
            if (lead == null) lead = "e.industry_division";
        }
        if (f.section() != null) {
            where.add("e.industry_section = ANY(ARRAY[CAST(:section AS bpchar)])");
            params.put("section", f.section());
            if (lead == null) lead = "e.industry_section";
        }
        if (f.size() != null) {
            List<String> sizes = sizeClasses(f.size());
            if (sizes.size() == 1) {
                where.add("e.size_class = ANY(ARRAY[CAST(:size AS text)])");
                params.put("size", sizes.get(0));
                if (lead == null) lead = "e.size_class";
            } else {
                where.add("e.size_class IN (:size)");
                params.put("size", sizes);
            }
        }
        if (f.ownership() != null) {
            where.add("e.ownership_code IN (:ownership)");
            params.put("ownership", List.copyOf(withDescendants(f.ownership(), ownershipTypes)));
        }
        if (f.tag() != null) {
            where.add("e.tags @> ARRAY[CAST(:tag AS text)]");
            params.put("tag", f.tag());
        }
        if (f.status() != null) { // no index: most enterprises are active, and the others are spread over the ids
            where.add("e.status = :status");
            params.put("status", f.status());
        }
        return new EnterpriseConditions(String.join("\n  AND ", where), params,
                lead == null ? "e.id DESC" : lead + ", e.id DESC");
    }

    /*
     * Why the order is led by a column and its condition written "= ANY(ARRAY[...])": the list is
     * newest first (e.id DESC). With a plain "region_code = '460100'" the planner treats the
     * region as a constant, and then both the primary key (walked backwards, testing the region
     * on each row) and the (region_code, id DESC) index (V3) give that order; assuming matches
     * spread evenly over the ids, it picked the primary key. But a city's enterprises are
     * clustered in id (bulk loads insert in USCC order, which begins with the area code): for
     * Haikou the walk crossed 600,000 rows of other cities first, 0.8 s instead of 1 ms. Written
     * as "= ANY(...)" the column is not folded, "ORDER BY region_code, id DESC" is an order that
     * only its index gives, and the rows are the same because the column holds one value.
     */

    /** A size class, or one of the plan's groups: 大中型 (LARGE_MEDIUM) and 小微 (SMALL_MICRO), as the workbench links them. */
    static List<String> sizeClasses(String size) {
        if ("LARGE_MEDIUM".equals(size)) return List.of("LARGE", "MEDIUM");
        if ("SMALL_MICRO".equals(size)) return List.of("SMALL", "MICRO");
        return List.of(size);
    }

    /** 内资企业 (100) takes in 有限责任公司 (150) and its 国有独资公司 (151), and so on down the tree. */
    static Set<String> withDescendants(String code, OwnershipTypes types) {
        Set<String> codes = new LinkedHashSet<>(List.of(code));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (OwnershipType t : types.all()) {
                if (t.parentCode() != null && codes.contains(t.parentCode()) && codes.add(t.code())) grew = true;
            }
        }
        return codes;
    }
}
