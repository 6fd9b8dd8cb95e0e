package tongxing.platform.industry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The GB/T 4754-2017 tree, loaded once. */
@Service
public class Industries {

    private final Map<String, Industry> byCode = new LinkedHashMap<>();

    Industries(JdbcClient jdbc) {
        jdbc.sql("SELECT code, name, parent_code, section, level FROM platform_industry ORDER BY section, length(code), code")
                .query((rs, n) -> new Industry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list().forEach(i -> byCode.put(i.code(), i));
    }

    public List<Industry> sections() {
        return byCode.values().stream().filter(i -> "SECTION".equals(i.level())).toList();
    }

    public List<Industry> divisions() {
        return byCode.values().stream().filter(i -> "DIVISION".equals(i.level())).toList();
    }

    public List<Industry> divisionsOf(String section) {
        return divisions().stream().filter(i -> i.section().equals(section)).toList();
    }

    /** Divisions, groups and classes: what an enterprise's industry may be. */
    public List<Industry> assignable() {
        return byCode.values().stream().filter(i -> !"SECTION".equals(i.level())).toList();
    }

    public Optional<Industry> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code.trim()));
    }

    /** An enterprise's industry: a division, group or class code (not a bare section). */
    public Optional<Industry> findAssignable(String code) {
        return find(code).filter(i -> !"SECTION".equals(i.level()));
    }

    public String name(String code) {
        return find(code).map(Industry::name).orElse(code);
    }
}
