package tongxing.wage.demonstration;

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
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The files of demonstrations, stored under {@code ${tongxing.storage-dir}/wage-demonstrations/} with a
 * random name; the database keeps the original name. Who manages the demonstration's kind uploads and
 * deletes; who may see the demonstration downloads.
 */
@Service
public class Attachments {

    private static final String COLUMNS = "id, demonstration_id, file_name, content_type, size_bytes, storage_path, uploaded_by, uploaded_at";

    private final JdbcClient jdbc;
    private final Demonstrations demonstrations;
    private final AuditLog audit;
    private final Texts texts;
    private final Path dir;

    Attachments(JdbcClient jdbc, Demonstrations demonstrations, AuditLog audit, Texts texts,
                @Value("${tongxing.storage-dir:./data/files}") String storageDir) {
        this.jdbc = jdbc;
        this.demonstrations = demonstrations;
        this.audit = audit;
        this.texts = texts;
        this.dir = Path.of(storageDir, "wage-demonstrations").toAbsolutePath().normalize();
    }

    @Transactional
    public long upload(CurrentUser user, long demonstrationId, String fileName, InputStream content) throws IOException {
        Demonstration d = demonstrations.require(user.scope(), demonstrationId);
        demonstrations.requireManage(user, d.kind());
        String name = fileName == null ? "" : Path.of(fileName.replace('\\', '/')).getFileName().toString().strip();
        if (name.isEmpty()) throw new ValidationException("file", texts.get("wage.demo.attachment.noName"));
        AttachmentType type = AttachmentType.byName(name).orElseThrow(() -> new ValidationException("file",
                texts.get("wage.demo.attachment.type", name)));
        byte[] bytes = content.readNBytes((int) AttachmentType.MAX_BYTES + 1);
        if (bytes.length == 0) throw new ValidationException("file", texts.get("wage.demo.attachment.empty", name));
        if (bytes.length > AttachmentType.MAX_BYTES) throw new ValidationException("file", texts.get("wage.demo.attachment.tooBig", name));
        if (!type.matches(bytes))
            throw new ValidationException("file", texts.get("wage.demo.attachment.content", name, type.name()));
        String stored = UUID.randomUUID() + "." + AttachmentType.extension(name);
        Files.createDirectories(dir);
        Files.write(dir.resolve(stored), bytes);
        String shown = name.length() > 200 ? name.substring(name.length() - 200) : name;
        long id = jdbc.sql("""
                        INSERT INTO wage_demonstration_attachment (demonstration_id, file_name, content_type, size_bytes,
                            storage_path, uploaded_by)
                        VALUES (:d, :f, :t, :s, :p, :by) RETURNING id""")
                .param("d", demonstrationId).param("f", shown).param("t", type.contentType()).param("s", bytes.length)
                .param("p", stored).param("by", user.username()).query(Long.class).single();
        audit.record(AuditAction.CREATE, "wage_demonstration_attachment", String.valueOf(id),
                "上传示范企业附件：" + d.name() + " / " + shown, null,
                Map.of("demonstration", demonstrationId, "file", shown, "size", bytes.length, "type", type.name()));
        return id;
    }

    public List<Attachment> of(long demonstrationId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM wage_demonstration_attachment WHERE demonstration_id = :d ORDER BY id")
                .param("d", demonstrationId).query(Attachments::map).list();
    }

    /** An attachment of a demonstration the scope may see, or 404. */
    public Attachment find(Scope scope, long id) {
        Attachment a = jdbc.sql("SELECT " + COLUMNS + " FROM wage_demonstration_attachment WHERE id = :id")
                .param("id", id).query(Attachments::map).optional().orElseThrow(NotFoundException::new);
        demonstrations.require(scope, a.demonstrationId());
        return a;
    }

    @Transactional
    public void delete(CurrentUser user, long id) {
        Attachment a = find(user.scope(), id);
        Demonstration d = demonstrations.require(user.scope(), a.demonstrationId());
        demonstrations.requireManage(user, d.kind());
        jdbc.sql("DELETE FROM wage_demonstration_attachment WHERE id = :id").param("id", id).update();
        audit.record(AuditAction.DELETE, "wage_demonstration_attachment", String.valueOf(id),
                "删除示范企业附件：" + d.name() + " / " + a.fileName(),
                Map.of("demonstration", d.id(), "file", a.fileName(), "size", a.sizeBytes(), "stored", a.storagePath()), null);
        // The file stays on disk: the audit entry names it, and a rolled-back delete must not lose it.
    }

    public Path file(Attachment a) {
        Path p = dir.resolve(a.storagePath()).normalize();
        if (!p.startsWith(dir) || !Files.exists(p))
            throw new UncheckedIOException(new IOException("attachment file missing: " + a.storagePath()));
        return p;
    }

    private static Attachment map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Attachment(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5), rs.getString(6),
                rs.getString(7), rs.getObject(8, OffsetDateTime.class));
    }
}
