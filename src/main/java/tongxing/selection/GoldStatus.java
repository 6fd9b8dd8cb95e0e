package tongxing.selection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.util.List;

/**
 * The module's API: in which years a coordinator or an organization was awarded gold (a winner of
 * a FINAL campaign whose award no upheld objection removed), for the coordinator page and the
 * registry filters.
 */
@Service
public class GoldStatus {

    private final JdbcClient jdbc;

    GoldStatus(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param nomineeType COORDINATOR, SOCIAL_ORG or MEDIATION_ORG
     * @param ref         the nominee's reference (a coordinator id, a candidate organization id)
     * @return the years, oldest first; empty when never gold
     */
    public List<Integer> goldYears(Category nomineeType, String ref) {
        return jdbc.sql("""
                        SELECT DISTINCT c.year FROM selection_nomination n
                        JOIN selection_campaign c ON c.id = n.campaign_id
                        WHERE n.nominee_type = :type AND n.nominee_ref = :ref AND n.winner AND c.state = 'FINAL'
                        ORDER BY c.year""")
                .param("type", nomineeType.name())
                .param("ref", ref)
                .query(Integer.class)
                .list();
    }

    public boolean isGold(Category nomineeType, String ref, int year) {
        return goldYears(nomineeType, ref).contains(year);
    }
}
