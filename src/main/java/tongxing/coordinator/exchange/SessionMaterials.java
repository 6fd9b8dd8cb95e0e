package tongxing.coordinator.exchange;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tongxing.platform.audit.AuditAction;
import tongxing.platform.audit.AuditLog;
import tongxing.platform.i18n.Texts;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.Scope;
import tongxing.platform.validation.ValidationException;
import tongxing.platform.web.NotFoundException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Materials of exchange sessions, stored under {@code ${tongxing.storage-dir}/exchange/}; the type is checked by content. */
@Service
public class SessionMaterials {

    private static final String COLUMNS = "id, session_id, file_name, content_type, size_bytes, stored_name";

    private final JdbcClient jdbc;
    private final ExchangeSessions sessions;
    private final AuditLog audit;
    private final Path dir;
    private final Texts texts;

    SessionMaterials(JdbcClient jdbc, ExchangeSessions sessions, AuditLog audit, Texts texts,
                     @Value("${tongxing.storage-dir:./data/files}") String storageDir) {
        this.jdbc = jdbc;
        this.sessions = sessions;
        this.audit = audit;
        this.texts = texts;
        this.dir = Path.of(storageDir, "exchange").toAbsolutePath().normalize();
    }

    @Transactional
    public long upload(Scope scope, long sessionId, String fileName, long size, InputStream content) throws IOException {
        ExchangeSession s = sessions.manageable(scope, sessionId);
        String safeName = fileName == null ? "" : Path.of(fileName.replace('\\', '/')).getFileName().toString();
        if (size <= 0 || safeName.isBlank()) throw new ValidationException("file", texts.get("exchange.error.noFile"));
        if (size > MaterialFileType.MAX_BYTES) throw new ValidationException("file", texts.get("exchange.material.tooLarge", safeName));
        MaterialFileType type = MaterialFileType.byName(safeName).orElseThrow(() -> new ValidationException("file",
                texts.get("exchange.material.badType", safeName, MaterialFileType.ACCEPTED)));
        byte[] bytes = content.readNBytes((int) MaterialFileType.MAX_BYTES + 1);
        if (bytes.length > MaterialFileType.MAX_BYTES) throw new ValidationException("file", texts.get("exchange.material.tooLarge", safeName));
        if (bytes.length == 0) throw new ValidationException("file", texts.get("exchange.material.empty", safeName));
        if (!type.matchesContent(bytes))
            throw new ValidationException("file", texts.get("exchange.material.mismatch", safeName, type.name()));
        String stored = UUID.randomUUID() + "." + MaterialFileType.extension(safeName);
        Files.createDirectories(dir);
        Files.write(dir.resolve(stored), bytes);
        String name = safeName.length() > 200 ? safeName.substring(safeName.length() - 200) : safeName;
        long id = jdbc.sql("""
                        INSERT INTO coordinator_exchange_material (session_id, file_name, content_type, size_bytes, stored_name, uploaded_by)
                        VALUES (:s, :f, :t, :size, :stored, :by) RETURNING id""")
                .param("s", sessionId).param("f", name).param("t", type.contentType()).param("size", bytes.length)
                .param("stored", stored).param("by", CurrentUser.require().username()).query(Long.class).single();
        audit.record(AuditAction.CREATE, "coordinator_exchange_material", Long.toString(id), "上传学习交流材料：" + s.title() + " / " + name,
                null, Map.of("session", sessionId, "file", name, "size", bytes.length, "type", type.name()));
        return id;
    }

    public List<SessionMaterial> of(long sessionId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM coordinator_exchange_material WHERE session_id = :s ORDER BY id")
                .param("s", sessionId).query(SessionMaterial.class).list();
    }

    /** A material whose session the scope may see, or 404. */
    public SessionMaterial find(Scope scope, long id) {
        SessionMaterial m = jdbc.sql("SELECT " + COLUMNS + " FROM coordinator_exchange_material WHERE id = :id")
                .param("id", id).query(SessionMaterial.class).optional().orElseThrow(NotFoundException::new);
        sessions.get(scope, m.sessionId());
        return m;
    }

    @Transactional
    public void delete(Scope scope, long id) {
        SessionMaterial m = find(scope, id);
        ExchangeSession s = sessions.manageable(scope, m.sessionId());
        jdbc.sql("DELETE FROM coordinator_exchange_material WHERE id = :id").param("id", id).update();
        audit.record(AuditAction.DELETE, "coordinator_exchange_material", Long.toString(id), "删除学习交流材料：" + s.title() + " / " + m.fileName(),
                Map.of("file", m.fileName(), "size", m.sizeBytes()), null);
        // The file stays on disk: the audit trail may still point to it, and a rolled-back delete must not lose it.
    }

    public Path file(SessionMaterial m) {
        Path p = dir.resolve(m.storedName()).normalize();
        if (!p.startsWith(dir) || !Files.exists(p))
            throw new UncheckedIOException(new IOException("material file missing: " + m.storedName()));
        return p;
    }
}
