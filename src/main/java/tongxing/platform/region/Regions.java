package tongxing.platform.region;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The region code table, loaded once: it changes only by migration. */
@Service
public class Regions {

    public static final String PROVINCE = "460000";
    private final Map<String, Region> byCode = new LinkedHashMap<>();
    /** Cities by code, full and short name, the first in table order winning: an import resolves one per row. */
    private final Map<String, Region> citiesByText = new HashMap<>();

    Regions(JdbcClient jdbc) {
        jdbc.sql("SELECT code, name, short_name, parent_code, level, min_wage_tier FROM platform_region ORDER BY sort_order")
                .query((rs, n) -> {
                    int tier = rs.getInt("min_wage_tier");
                    return new Region(rs.getString("code"), rs.getString("name"), rs.getString("short_name"),
                            rs.getString("parent_code"), "PROVINCE".equals(rs.getString("level")), rs.wasNull() ? null : tier);
                })
                .list().forEach(r -> byCode.put(r.code(), r));
        for (Region r : cities()) {
            citiesByText.putIfAbsent(r.code(), r);
            citiesByText.putIfAbsent(r.name(), r);
            citiesByText.putIfAbsent(r.shortName(), r);
        }
    }

    /** The 19 cities/counties and Yangpu, in the order of the plan's tables. */
    public List<Region> cities() {
        return byCode.values().stream().filter(r -> !r.province()).toList();
    }

    public Optional<Region> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    public boolean isCity(String code) {
        return find(code).map(r -> !r.province()).orElse(false);
    }

    public String name(String code) {
        return find(code).map(Region::name).orElse(code);
    }

    /** Accepts a code, a full name (海口市) or a short name (海口), as people type them in Excel. */
    public Optional<Region> resolve(String codeOrName) {
        if (codeOrName == null || codeOrName.isBlank()) return Optional.empty();
        String s = codeOrName.trim();
        return Optional.ofNullable(citiesByText.get(s));
    }
}
