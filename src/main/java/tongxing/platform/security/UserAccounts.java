package tongxing.platform.security;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tongxing.platform.crypto.PersonalDataCipher;

import java.util.Collection;
import java.util.Optional;

/** Opens accounts and organizations. Administration screens build on this. */
@Service
public class UserAccounts {

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final PersonalDataCipher cipher;

    UserAccounts(JdbcClient jdbc, PasswordEncoder encoder, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.cipher = cipher;
    }

    public boolean anyExist() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM platform_user)").query(Boolean.class).single();
    }

    public Optional<Long> idOf(String username) {
        return jdbc.sql("SELECT id FROM platform_user WHERE username = :u").param("u", username).query(Long.class).optional();
    }

    @Transactional
    public long create(NewAccount a) {
        PasswordPolicy.violation(a.initialPassword()).ifPresent(v -> {
            throw new IllegalArgumentException(v);
        });
        return jdbc.sql("""
                        INSERT INTO platform_user (username, display_name, password_hash, role, region_code, organization_id,
                                                   enterprise_uscc, phone_enc, email, must_change_password)
                        VALUES (:username, :displayName, :hash, :role, :region, :org, :uscc, :phone, :email, :mustChange)
                        RETURNING id""")
                .param("username", a.username())
                .param("displayName", a.displayName())
                .param("hash", encoder.encode(a.initialPassword()))
                .param("role", a.role().name())
                .param("region", a.regionCode())
                .param("org", a.organizationId())
                .param("uscc", a.enterpriseUscc())
                .param("phone", cipher.encrypt(a.phone()))
                .param("email", a.email())
                .param("mustChange", a.mustChangePassword())
                .query(Long.class).single();
    }

    @Transactional
    public long organization(String name, String kind, String regionCode) {
        return jdbc.sql("""
                        INSERT INTO platform_organization (name, kind, region_code) VALUES (:name, :kind, :region)
                        ON CONFLICT (name, region_code) DO UPDATE SET kind = EXCLUDED.kind RETURNING id""")
                .param("name", name).param("kind", kind).param("region", regionCode)
                .query(Long.class).single();
    }

    @Transactional
    public void assignEnterprise(long userId, String uscc) {
        jdbc.sql("INSERT INTO platform_user_enterprise (user_id, uscc) VALUES (:u, :uscc) ON CONFLICT DO NOTHING")
                .param("u", userId).param("uscc", uscc).update();
    }

    /** As {@link #assignEnterprise(long, String)} for many enterprises, in one statement. */
    @Transactional
    public void assignEnterprises(long userId, Collection<String> usccs) {
        if (usccs.isEmpty()) return;
        jdbc.sql("""
                        INSERT INTO platform_user_enterprise (user_id, uscc)
                        SELECT :u, x FROM unnest(CAST(:usccs AS text[])) AS x ON CONFLICT DO NOTHING""")
                .param("u", userId).param("usccs", usccs.toArray(String[]::new)).update();
    }
}
