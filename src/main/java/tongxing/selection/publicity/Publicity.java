package tongxing.selection.publicity;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tongxing.platform.audit.AuditAction;
import tongxing.platform.audit.AuditLog;
import tongxing.platform.i18n.Texts;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.validation.ValidationException;
import tongxing.platform.web.NotFoundException;
import tongxing.selection.GoldAwarded;
import tongxing.selection.HainanDate;
import tongxing.selection.SelectionAccess;
import tongxing.selection.SelectionConflict;
import tongxing.selection.campaign.Campaign;
import tongxing.selection.campaign.CampaignState;
import tongxing.selection.campaign.Campaigns;
import tongxing.selection.nomination.Nomination;
import tongxing.selection.nomination.Nominations;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 公示: the winners are shown for {@code publicity_days} days; anyone logged in may object to a winner;
 * the office answers each objection, and an upheld one removes that winner. After the last day and
 * with every objection answered, the office finalizes.
 */
@Service
public class Publicity {

    private final JdbcClient jdbc;
    private final Campaigns campaigns;
    private final Nominations nominations;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Texts texts;

    Publicity(JdbcClient jdbc, Campaigns campaigns, Nominations nominations, AuditLog audit, ApplicationEventPublisher events, Texts texts) {
        this.events = events;
        this.jdbc = jdbc;
        this.campaigns = campaigns;
        this.nominations = nominations;
        this.audit = audit;
        this.texts = texts;
    }

    @Transactional
    public Campaign start(long campaignId, int expectedVersion) {
        SelectionAccess.requireAdmin();
        Campaign c = campaigns.get(campaignId);
        LocalDate start = HainanDate.today();
        Map<String, Object> dates = new LinkedHashMap<>();
        dates.put("publicity_start", start);
        dates.put("publicity_end", start.plusDays(c.publicityDays() - 1L));
        return campaigns.advance(campaignId, expectedVersion, CampaignState.DECIDED, dates);
    }

    @Transactional
    public long object(long campaignId, long nominationId, String content) {
        CurrentUser user = CurrentUser.require();
        Campaign c = campaigns.get(campaignId);
        if (c.state() != CampaignState.PUBLICITY) throw new NotFoundException();
        Nomination n = nominations.get(nominationId).filter(x -> x.campaignId() == campaignId && x.winner())
                .orElseThrow(() -> new ValidationException("nominationId", texts.get("selection.objection.error.nominee")));
        if (content == null || content.isBlank()) throw new ValidationException("content", texts.get("selection.objection.error.content"));
        if (content.length() > 2000) throw new ValidationException("content", texts.get("selection.objection.error.contentTooLong"));
        long id = jdbc.sql("INSERT INTO selection_objection (campaign_id, nomination_id, raised_by, content) VALUES (:c, :n, :by, :t) RETURNING id")
                .param("c", campaignId).param("n", nominationId).param("by", user.username()).param("t", content.strip())
                .query(Long.class).single();
        audit.record(AuditAction.CREATE, "selection_objection", String.valueOf(id), "公示异议：" + n.nomineeName(),
                null, Map.of("nomination", nominationId, "content", content.strip()));
        return id;
    }

    /** The office answers an objection; an upheld objection removes the winner. */
    @Transactional
    public void answer(long objectionId, int expectedVersion, String answer, boolean upheld) {
        SelectionAccess.requireAdmin();
        Objection o = find(objectionId);
        if (o.version() != expectedVersion || o.answered()) throw new SelectionConflict(texts.get("selection.conflict"));
        if (answer == null || answer.isBlank()) throw new ValidationException("answer", texts.get("selection.objection.error.answer"));
        Campaign c = campaigns.get(o.campaignId());
        if (c.state() != CampaignState.PUBLICITY) throw new ValidationException("state", texts.get("selection.objection.error.ended"));
        int n = jdbc.sql("""
                        UPDATE selection_objection SET answer = :a, upheld = :u, answered_by = :by, answered_at = now(),
                               version = version + 1
                        WHERE id = :id AND version = :v AND answer IS NULL""")
                .param("a", answer.strip()).param("u", upheld).param("by", CurrentUser.require().username())
                .param("id", objectionId).param("v", expectedVersion).update();
        if (n == 0) throw new SelectionConflict(texts.get("selection.conflict"));
        if (upheld) {
            jdbc.sql("UPDATE selection_nomination SET winner = false, removed_reason = :r, version = version + 1 WHERE id = :id")
                    .param("r", texts.stored("selection.objection.removedReason", answer.strip())).param("id", o.nominationId()).update();
        }
        audit.record(AuditAction.UPDATE, "selection_objection", String.valueOf(objectionId),
                (upheld ? "异议成立，取消入选：" : "异议不成立：") + o.nomineeName(), null,
                Map.of("answer", answer.strip(), "upheld", upheld));
    }

    /** 公示结束: after the last publicity day, with every objection answered. */
    @Transactional
    public Campaign finalizeCampaign(long campaignId, int expectedVersion) {
        SelectionAccess.requireAdmin();
        Campaign c = campaigns.get(campaignId);
        if (c.version() == expectedVersion && c.state() == CampaignState.PUBLICITY) {
            if (!HainanDate.today().isAfter(c.publicityEnd()))
                throw new ValidationException("publicityEnd", texts.get("selection.publicity.error.notOver", c.publicityEnd()));
            if (objections(campaignId).stream().anyMatch(o -> !o.answered()))
                throw new ValidationException("objections", texts.get("selection.publicity.error.pending"));
        }
        Campaign done = campaigns.advance(campaignId, expectedVersion, CampaignState.PUBLICITY, Map.of());
        jdbc.sql("SELECT nominee_ref, nominee_name, region_code FROM selection_nomination WHERE campaign_id = :c AND winner ORDER BY id")
                .param("c", campaignId)
                .query((rs, i) -> new GoldAwarded(campaignId, done.year(), done.category(), rs.getString(1), rs.getString(2),
                        rs.getString(3)))
                .list().forEach(events::publishEvent);
        return done;
    }

    public List<Objection> objections(long campaignId) {
        return jdbc.sql(SELECT + " WHERE o.campaign_id = :c ORDER BY o.id").param("c", campaignId).query(Objection.class).list();
    }

    /** Objections raised by one user (what a non-admin sees of them: their own). */
    public List<Objection> objectionsBy(long campaignId, String username) {
        return jdbc.sql(SELECT + " WHERE o.campaign_id = :c AND o.raised_by = :u ORDER BY o.id")
                .param("c", campaignId).param("u", username).query(Objection.class).list();
    }

    private Objection find(long id) {
        return jdbc.sql(SELECT + " WHERE o.id = :id").param("id", id).query(Objection.class).optional()
                .orElseThrow(NotFoundException::new);
    }

    private static final String SELECT = """
            SELECT o.id, o.campaign_id, o.nomination_id, n.nominee_name, o.raised_by, o.raised_at, o.content, o.answer,
                   o.upheld, o.answered_by, o.version
            FROM selection_objection o JOIN selection_nomination n ON n.id = o.nomination_id""";
}
