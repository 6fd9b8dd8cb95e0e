package tongxing.enterprise;

import tongxing.platform.sizeclass.SizeClass;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Which existing enterprises a staged batch (import, API feed) is about to move to another region,
 * size class or status: read before the merge, published after it, so that whatever counts
 * enterprises by those (coverage indicators) hears of an import as it hears of an edit.
 */
final class Reclassifications {

    private Reclassifications() {
    }

    /**
     * @param stage a stage table (columns of {@link EnterpriseStageRows#COLUMNS}); where it holds a
     *              USCC more than once, its last row ({@code ord}) is the one merged
     */
    static List<EnterpriseReclassified> before(Connection con, String stage) throws SQLException {
        List<EnterpriseReclassified> moved = new ArrayList<>();
        // Joined first, deduplicated after: a first load into an empty registry joins nothing and sorts nothing.
        try (Statement st = con.createStatement(); var rs = st.executeQuery("""
                SELECT uscc, r0, r1, z0, z1, t0, t1 FROM (
                    SELECT DISTINCT ON (e.uscc) e.uscc, e.region_code AS r0, s.region_code AS r1,
                           e.size_class AS z0, s.size_class AS z1, e.status AS t0, s.status AS t1
                    FROM enterprise e JOIN %s s ON s.uscc = e.uscc
                    ORDER BY e.uscc, s.ord DESC) latest
                WHERE (r0, z0, t0) IS DISTINCT FROM (r1, z1, t1)""".formatted(stage))) {
            while (rs.next()) {
                moved.add(new EnterpriseReclassified(rs.getString(1), rs.getString(2), rs.getString(3),
                        SizeClass.valueOf(rs.getString(4)), SizeClass.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7)));
            }
        }
        return moved;
    }
}
