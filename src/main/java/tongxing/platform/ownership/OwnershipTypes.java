package tongxing.platform.ownership;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Service
public class OwnershipTypes {

    private final Map<String, OwnershipType> byCode = new LinkedHashMap<>();
    /** Assignable types by code and by name: an import resolves one per row. */
    private final Map<String, OwnershipType> assignableByCodeOrName = new HashMap<>();

    OwnershipTypes(JdbcClient jdbc) {
        jdbc.sql("SELECT code, name, parent_code, state_owned FROM platform_ownership_type ORDER BY code")
                .query((rs, n) -> new OwnershipType(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
                .list().forEach(o -> byCode.put(o.code(), o));
        // Codes first, then names, each keeping the first in code order (as the linear search did).
        assignable().forEach(o -> assignableByCodeOrName.putIfAbsent(o.code(), o));
        assignable().forEach(o -> assignableByCodeOrName.putIfAbsent(o.name(), o));
    }

    public List<OwnershipType> all() {
        return List.copyOf(byCode.values());
    }

    /** The leaves and the middle nodes without children: what an enterprise may be registered as. */
    public List<OwnershipType> assignable() {
        return byCode.values().stream()
                .filter(o -> o.parentCode() != null)
                .toList();
    }

    public Optional<OwnershipType> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code.trim()));
    }

    public Optional<OwnershipType> resolve(String codeOrName) {
        if (codeOrName == null || codeOrName.isBlank()) return Optional.empty();
        String s = codeOrName.trim();
        return Optional.ofNullable(assignableByCodeOrName.get(s));
    }

    public String name(String code) {
        return find(code).map(OwnershipType::name).orElse(code);
    }
}
