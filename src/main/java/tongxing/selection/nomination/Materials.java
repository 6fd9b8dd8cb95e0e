package tongxing.selection.nomination;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tongxing.platform.audit.AuditAction;
import tongxing.platform.audit.AuditLog;
import tongxing.platform.i18n.Texts;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.validation.ValidationException;
import tongxing.platform.web.NotFoundException;
import tongxing.selection.campaign.Campaign;
import tongxing.selection.campaign.Campaigns;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Supporting materials of nominations, stored under {@code ${tongxing.storage-dir}/selection/}. */
@Service
public class Materials {

    private final JdbcClient jdbc;
    private final Nominations nominations;
    private final Campaigns campaigns;
    private final AuditLog audit;
    private final Path dir;
    private final Texts texts;

    Materials(JdbcClient jdbc, Nominations nominations, Campaigns campaigns, AuditLog audit, Texts texts,
              @Value("${tongxing.storage-dir:./data/files}") String storageDir) {
        this.jdbc = jdbc;
        this.texts = texts;
        this.nominations = nominations;
        this.campaigns = campaigns;
        this.audit = audit;
        this.dir = Path.of(storageDir, "selection").toAbsolutePath().normalize();
    }

    @Transactional
    public long upload(long nominationId, String fileName, long size, InputStream content) throws IOException {
        CurrentUser user = CurrentUser.require();
        Nomination n = nominations.find(user, nominationId);
        Campaign c = campaigns.get(n.campaignId());
        if (!nominations.mayEdit(user, c, n)) throw new ValidationException("file", texts.get("selection.material.error.closed"));
        if (size <= 0) throw new ValidationException("file", texts.get("selection.material.error.noFile"));
        if (size > MaterialType.MAX_BYTES) throw new ValidationException("file", texts.get("selection.material.error.tooLarge"));
        byte[] bytes = content.readNBytes((int) MaterialType.MAX_BYTES + 1);
        if (bytes.length > MaterialType.MAX_BYTES) throw new ValidationException("file", texts.get("selection.material.error.tooLarge"));
        MaterialType type = MaterialType.sniff(bytes)
                .orElseThrow(() -> new ValidationException("file", texts.get("selection.material.error.type")));
        if (!type.matchesName(fileName))
            throw new ValidationException("file", texts.get("selection.material.error.mismatch", type.name(), fileName));
        String stored = UUID.randomUUID() + "." + type.name().toLowerCase();
        Files.createDirectories(dir);
        Files.write(dir.resolve(stored), bytes);
        String safeName = Path.of(fileName).getFileName().toString();
        long id = jdbc.sql("""
                        INSERT INTO selection_material (nomination_id, file_name, content_type, size_bytes, stored_name, uploaded_by)
                        VALUES (:n, :f, :t, :s, :st, :by) RETURNING id""")
                .param("n", nominationId).param("f", safeName.length() > 200 ? safeName.substring(0, 200) : safeName)
                .param("t", type.contentType()).param("s", bytes.length).param("st", stored).param("by", user.username())
                .query(Long.class).single();
        audit.record(AuditAction.CREATE, "selection_material", String.valueOf(id), "上传推荐材料：" + safeName,
                null, Map.of("nomination", nominationId, "size", bytes.length, "type", type.name()));
        return id;
    }

    public List<Material> of(long nominationId) {
        return jdbc.sql("SELECT id, nomination_id, file_name, content_type, size_bytes, stored_name FROM selection_material WHERE nomination_id = :n ORDER BY id")
                .param("n", nominationId).query(Material.class).list();
    }

    /** A material the user may see (through its nomination), and its file. */
    public Material find(CurrentUser user, long id) {
        Material m = jdbc.sql("SELECT id, nomination_id, file_name, content_type, size_bytes, stored_name FROM selection_material WHERE id = :id")
                .param("id", id).query(Material.class).optional().orElseThrow(NotFoundException::new);
        nominations.find(user, m.nominationId());
        return m;
    }

    public Path file(Material m) {
        Path p = dir.resolve(m.storedName()).normalize();
        if (!p.startsWith(dir) || !Files.exists(p)) throw new UncheckedIOException(new IOException("material file missing: " + m.storedName()));
        return p;
    }
}
