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
 */
record EnterpriseConditions(String sql, Map<String, Object> params) {

    static EnterpriseConditions of(Scope scope, EnterpriseFilter f, OwnershipTypes ownershipTypes) {
        ScopeSql scopeSql = ScopeSql.forEnterpriseRows(scope, "e.region_code", "e.uscc");
        List<String> where = new ArrayList<>(List.of(scopeSql.sql()));
        Map<String, Object> params = new LinkedHashMap<>(scopeSql.params());
        NameMatch.of(f.name()).ifPresent(m -> {
            where.add(m.sql());
            params.putAll(m.params());
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
            where.add("e.region_code = :region");
            params.put("region", f.region());
        }
        if (f.section() != null) {
            where.add("e.industry_section = :section");
            params.put("section", f.section());
        }
        if (f.division() != null) {
            where.add("e.industry_division = :division");
            params.put("division", f.division());
        }
        if (f.size() != null) {
            where.add("e.size_class IN (:size)");
            params.put("size", sizeClasses(f.size()));
        }
        if (f.ownership() != null) {
            where.add("e.ownership_code IN (:ownership)");
            params.put("ownership", List.copyOf(withDescendants(f.ownership(), ownershipTypes)));
        }
        if (f.tag() != null) {
            where.add("e.tags @> ARRAY[CAST(:tag AS text)]");
            params.put("tag", f.tag());
        }
        return new EnterpriseConditions(String.join("\n  AND ", where), params);
    }

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
