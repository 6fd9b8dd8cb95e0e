package tongxing.wage.guideline;

import org.springframework.jdbc.core.simple.JdbcClient;
import tongxing.support.TestEnterprises;

import java.math.BigDecimal;

/**
 * Survey rows written straight into the wage tables for guideline, publication and feedback tests:
 * {@code SurveyData.year(jdbc, 2091).enterprise("460200", "H").pays("4-03-01-01", 60000, 62000)}.
 */
public final class SurveyData {

    private final JdbcClient jdbc;
    private final int year;

    private SurveyData(JdbcClient jdbc, int year) {
        this.jdbc = jdbc;
        this.year = year;
    }

    /** Opens the year (once) and removes whatever an earlier run of the same test left in it. */
    public static SurveyData year(JdbcClient jdbc, int year) {
        jdbc.sql("INSERT INTO wage_survey (year, opened_by) VALUES (:y, 'test') ON CONFLICT DO NOTHING").param("y", year).update();
        return new SurveyData(jdbc, year);
    }

    public int year() {
        return year;
    }

    public Ent enterprise(String region, String industrySection) {
        return enterprise(TestEnterprises.freshUscc(region.substring(0, 6)), region, industrySection, "SMALL", "159");
    }

    public Ent enterprise(String uscc, String region, String industrySection, String size, String ownership) {
        long id = jdbc.sql("""
                        INSERT INTO wage_survey_enterprise (year, uscc, region_code, status, industry_section, size_class,
                            ownership_code, industry_code, accepted_at, accepted_by)
                        VALUES (:y, :uscc, :region, 'ACCEPTED', :section, :size, :own, NULL, now(), 'test') RETURNING id""")
                .param("y", year).param("uscc", uscc).param("region", region).param("section", industrySection)
                .param("size", size).param("own", ownership).query(Long.class).single();
        return new Ent(id, uscc);
    }

    /** One surveyed enterprise; {@link #pays} adds employees of an occupation with these annual pays. */
    public final class Ent {
        public final long id;
        public final String uscc;
        private int line;

        Ent(long id, String uscc) {
            this.id = id;
            this.uscc = uscc;
        }

        public Ent pays(String occupation, double... annualPays) {
            for (double p : annualPays) employee(occupation, BigDecimal.valueOf(p), null, null);
            return this;
        }

        public Ent employee(String occupation, BigDecimal pay, String skill, String title) {
            jdbc.sql("""
                            INSERT INTO wage_employee_record (survey_enterprise_id, year, uscc, line_no, occupation_code,
                                skill_level, title_level, annual_hours, base_pay)
                            VALUES (:ent, :y, :uscc, :line, :occ, :skill, :title, 2000, :pay)""")
                    .param("ent", id).param("y", year).param("uscc", uscc).param("line", ++line).param("occ", occupation)
                    .param("skill", skill).param("title", title).param("pay", pay).update();
            return this;
        }

        public Ent status(String status) {
            jdbc.sql("UPDATE wage_survey_enterprise SET status = :s WHERE id = :id").param("s", status).param("id", id).update();
            return this;
        }
    }

    /** n equal pays, for headcounts. */
    public static double[] times(int n, double pay) {
        double[] out = new double[n];
        java.util.Arrays.fill(out, pay);
        return out;
    }
}
