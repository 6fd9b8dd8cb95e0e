package tongxing.platform.wageparam;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tongxing.platform.region.Regions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Wage parameters by area and date (platform_wage_parameter): local minimum wages and the
 * province's average wage, which change every year or two and must never be hard-coded.
 */
@Service
public class WageParameters {

    private final JdbcClient jdbc;

    WageParameters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The monthly minimum wage in force in the region on the date. */
    public Optional<BigDecimal> minimumMonthlyWage(String regionCode, LocalDate on) {
        return jdbc.sql("""
                        SELECT min_wage_monthly FROM platform_wage_parameter
                        WHERE region_code = :region AND effective_from <= :on AND min_wage_monthly IS NOT NULL
                        ORDER BY effective_from DESC LIMIT 1""")
                .param("region", regionCode).param("on", on)
                .query(BigDecimal.class).optional();
    }

    /** The hourly minimum wage in force in the region on the date. */
    public Optional<BigDecimal> minimumHourlyWage(String regionCode, LocalDate on) {
        return jdbc.sql("""
                        SELECT min_wage_hourly FROM platform_wage_parameter
                        WHERE region_code = :region AND effective_from <= :on AND min_wage_hourly IS NOT NULL
                        ORDER BY effective_from DESC LIMIT 1""")
                .param("region", regionCode).param("on", on)
                .query(BigDecimal.class).optional();
    }

    /**
     * The average annual wage used as the base of the art. 47 cap on the date: the most recent
     * figure in force, for the region if one is recorded, else the province's.
     */
    public Optional<AverageWage> averageAnnualWage(String regionCode, LocalDate on) {
        return jdbc.sql("""
                        SELECT region_code, effective_from, avg_wage_annual FROM platform_wage_parameter
                        WHERE region_code IN (:region, :province) AND effective_from <= :on AND avg_wage_annual IS NOT NULL
                        ORDER BY (region_code = :region) DESC, effective_from DESC LIMIT 1""")
                .param("region", regionCode).param("province", Regions.PROVINCE).param("on", on)
                .query((rs, n) -> new AverageWage(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getBigDecimal(3)))
                .optional();
    }

    public record AverageWage(String regionCode, LocalDate effectiveFrom, BigDecimal annual) {
    }
}
