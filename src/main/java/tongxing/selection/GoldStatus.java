package tongxing.selection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /** The gold years of several nominees of one category at once: ref → years (oldest first); refs never gold are absent. */
    public Map<String, List<Integer>> goldYears(Category nomineeType, Collection<String> refs) {
        Map<String, List<Integer>> years = new LinkedHashMap<>();
        if (refs.isEmpty()) return years;
        jdbc.sql("""
                        SELECT DISTINCT n.nominee_ref, c.year FROM selection_nomination n
                        JOIN selection_campaign c ON c.id = n.campaign_id
                        WHERE n.nominee_type = :type AND n.nominee_ref IN (:refs) AND n.winner AND c.state = 'FINAL'
                        ORDER BY c.year""")
                .param("type", nomineeType.name())
                .param("refs", List.copyOf(refs))
                .query((rs, i) -> years.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getInt(2)))
                .list();
        return years;
    }

    public boolean isGold(Category nomineeType, String ref, int year) {
        return goldYears(nomineeType, ref).contains(year);
    }
}
