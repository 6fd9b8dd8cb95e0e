package tongxing.wage.service;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tongxing.platform.region.Regions;
import tongxing.platform.security.Scope;
import tongxing.platform.security.ScopeSql;

import java.util.List;

/**
 * The indicator "at least 10% of the surveyed enterprises served" ({@link ServiceTarget}) by region for
 * a survey year, within the caller's scope: surveyed enterprises and distinct enterprises served.
 */
@Service
public class ServiceCoverage {

    /** One region's line; the province total has region code null. */
    public record Line(String regionCode, String regionName, long surveyed, long served) {
        public boolean met() {
            return ServiceTarget.PLAN.met(served, surveyed);
        }

        public long missing() {
            return ServiceTarget.PLAN.missing(served, surveyed);
        }

        /** The share served, in percent with one decimal. */
        public String percent() {
            return surveyed == 0 ? "—" : String.format("%.1f%%", served * 100.0 / surveyed);
        }
    }

    /** The lines by region and their total. */
    public record Report(int year, List<Line> regions, Line total) {
    }

    private final JdbcClient jdbc;
    private final Regions regions;

    ServiceCoverage(JdbcClient jdbc, Regions regions) {
        this.jdbc = jdbc;
        this.regions = regions;
    }

    public Report of(Scope scope, int year) {
        ScopeSql s = ScopeSql.forEnterpriseRows(scope, "se.region_code", "se.uscc");
        List<Line> lines = jdbc.sql("""
                        SELECT se.region_code, count(*) AS surveyed,
                               count(*) FILTER (WHERE EXISTS (SELECT 1 FROM wage_service_record sr
                                                              WHERE sr.year = se.year AND sr.uscc = se.uscc)) AS served
                        FROM wage_survey_enterprise se
                        WHERE se.year = :year AND\s""" + s.sql() + " GROUP BY se.region_code ORDER BY se.region_code")
                .param("year", year).params(s.params())
                .query((rs, n) -> new Line(rs.getString(1), regions.name(rs.getString(1)), rs.getLong(2), rs.getLong(3)))
                .list();
        long surveyed = lines.stream().mapToLong(Line::surveyed).sum();
        long served = lines.stream().mapToLong(Line::served).sum();
        return new Report(year, lines, new Line(null, null, surveyed, served));
    }
}
