package tongxing.coordinator;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tongxing.platform.audit.AuditAction;
import tongxing.platform.audit.AuditLog;

import java.util.List;
import java.util.Map;

/**
 * 金牌劳动关系协调员: the years a coordinator was awarded gold. Part of the module's API so that the
 * selection module, which already depends on this one (it resolves nominees through
 * {@link Coordinators}), can tell it about winners when a campaign becomes final. This module never
 * reads selection's tables and never calls selection: a call back, or a listener on selection's
 * {@code GoldAwarded} type, would make the two modules depend on each other.
 */
@Service
public class GoldAwards {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    GoldAwards(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /**
     * Records a gold award; idempotent per campaign. Unknown coordinator ids (deleted since the
     * nomination) are ignored.
     *
     * @return whether a new award was stored
     */
    @Transactional
    public boolean record(long coordinatorId, int year, long campaignId) {
        int n = jdbc.sql("""
                        INSERT INTO coordinator_gold_award (coordinator_id, year, campaign_id)
                        SELECT c.id, :year, :campaign FROM coordinator c WHERE c.id = :id
                        ON CONFLICT (coordinator_id, campaign_id) DO NOTHING""")
                .param("id", coordinatorId).param("year", year).param("campaign", campaignId).update();
        if (n > 0)
            audit.record(AuditAction.CREATE, "coordinator_gold_award", Long.toString(coordinatorId),
                    "金牌劳动关系协调员（" + year + " 年度）", null, Map.of("year", year, "campaignId", campaignId));
        return n > 0;
    }

    /** The years, oldest first; empty when never gold. */
    public List<Integer> years(long coordinatorId) {
        return jdbc.sql("SELECT DISTINCT year FROM coordinator_gold_award WHERE coordinator_id = :id ORDER BY year")
                .param("id", coordinatorId).query(Integer.class).list();
    }

    /** The years in which any coordinator was awarded gold, newest first (the choices of the registry filter). */
    public List<Integer> awardYears() {
        return jdbc.sql("SELECT DISTINCT year FROM coordinator_gold_award ORDER BY year DESC").query(Integer.class).list();
    }
}
