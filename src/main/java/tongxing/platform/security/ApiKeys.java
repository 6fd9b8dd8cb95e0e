package tongxing.platform.security;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * API keys, one per external system, scoped to a region and a set of permissions. The key is
 * shown once when it is issued; only its SHA-256 is stored.
 */
@Service
public class ApiKeys {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final JdbcClient jdbc;

    ApiKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record IssuedKey(long id, String plainKey) {
    }

    @Transactional
    public IssuedKey issue(String name, String regionCode, Set<String> permissions, String createdBy) {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String plain = "tx_" + HexFormat.of().formatHex(bytes);
        long id = jdbc.sql("""
                        INSERT INTO platform_api_key (name, key_prefix, key_hash, region_code, permissions, created_by)
                        VALUES (:name, :prefix, :hash, :region, :permissions, :createdBy) RETURNING id""")
                .param("name", name)
                .param("prefix", plain.substring(0, 10))
                .param("hash", sha256(plain))
                .param("region", regionCode)
                .param("permissions", String.join(",", permissions))
                .param("createdBy", createdBy)
                .query(Long.class).single();
        return new IssuedKey(id, plain);
    }

    /** Registers a key whose plain text is known in advance (demo data only). */
    public void register(String name, String plainKey, String regionCode, Set<String> permissions) {
        jdbc.sql("""
                        INSERT INTO platform_api_key (name, key_prefix, key_hash, region_code, permissions, created_by)
                        VALUES (:name, :prefix, :hash, :region, :permissions, 'system') ON CONFLICT (key_hash) DO NOTHING""")
                .param("name", name).param("prefix", plainKey.substring(0, Math.min(10, plainKey.length())))
                .param("hash", sha256(plainKey)).param("region", regionCode)
                .param("permissions", String.join(",", permissions)).update();
    }

    public void revoke(long id) {
        jdbc.sql("UPDATE platform_api_key SET enabled = false WHERE id = :id").param("id", id).update();
    }

    /**
     * The key's client, if the key is known and enabled. "Last used" is kept to the minute: every
     * call used to update (and lock, and flush to the WAL) the one row of a key that all the calls
     * of an external system share, so concurrent calls queued on it (bench 1, MODE=api).
     */
    Optional<ApiClient> authenticate(String plainKey) {
        return jdbc.sql("""
                        WITH k AS (
                            SELECT id, name, region_code, permissions, last_used_at FROM platform_api_key
                            WHERE key_hash = :hash AND enabled
                        ), touched AS (
                            UPDATE platform_api_key p SET last_used_at = now() FROM k
                            WHERE p.id = k.id AND (k.last_used_at IS NULL OR k.last_used_at < now() - interval '1 minute')
                        )
                        SELECT id, name, region_code, permissions FROM k""")
                .param("hash", sha256(plainKey))
                .query((rs, n) -> new ApiClient(rs.getLong("id"), rs.getString("name"), rs.getString("region_code"),
                        new LinkedHashSet<>(Arrays.asList(rs.getString("permissions").split(",")))))
                .optional();
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
