package tongxing.wage.guideline;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import tongxing.TongxingTest;
import tongxing.platform.validation.ValidationException;
import tongxing.support.Logins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static tongxing.wage.guideline.SurveyData.times;

@TongxingTest
class EditionsTest {

    @Autowired JdbcClient jdbc;
    @Autowired Editions editions;
    @Autowired GuidelineCells cells;
    @Autowired UserDetailsService users;

    @AfterEach
    void logOut() {
        Logins.clear();
    }

    private static void survey(SurveyData data, double pay) {
        for (int i = 0; i < 3; i++) data.enterprise("460100", "H").pays("4-03-01-01", times(10, pay));
    }

    private Edition published(int year) {
        Edition draft = editions.computeDraft(year);
        editions.submitForReview(draft.id());
        return editions.publish(draft.id());
    }

    @Test
    void aDraftGoesThroughReviewToPublicationAndIsAudited() {
        survey(SurveyData.year(jdbc, 2086), 60000);
        Logins.runAs(users, "admin");

        Edition draft = editions.computeDraft(2086);
        assertThat(draft.status()).isEqualTo(EditionStatus.DRAFT);
        assertThat(draft.editionNo()).isEqualTo(1);
        assertThatThrownBy(() -> editions.publish(draft.id())).isInstanceOf(ValidationException.class)
                .hasMessageContaining("草稿");
        editions.submitForReview(draft.id());
        Edition published = editions.publish(draft.id());

        assertThat(published.status()).isEqualTo(EditionStatus.PUBLISHED);
        assertThat(published.publishedBy()).isEqualTo("admin");
        assertThat(editions.latestPublished(2086)).contains(published);
        assertThat(jdbc.sql("SELECT count(*) FROM platform_audit_log WHERE entity_type = 'wage_guideline_edition' AND entity_id = :id")
                .param("id", String.valueOf(draft.id())).query(Long.class).single()).isEqualTo(3);
        assertThat(editions.computeDraft(2086).editionNo()).isEqualTo(2);
    }

    @Test
    void aDraftNamesItsOccupationsAndCountsTheRecordsAndEnterprisesItCameFrom() {
        SurveyData data = SurveyData.year(jdbc, 2076);
        survey(data, 60000);
        data.enterprise("460100", "H");                                           // accepted, nothing uploaded
        data.enterprise("460100", "H").status("SUBMITTED").pays("4-03-01-01", 1);  // not accepted
        Logins.runAs(users, "admin");

        Edition draft = editions.computeDraft(2076);

        assertThat(draft.records()).isEqualTo(30);
        assertThat(draft.enterprises()).isEqualTo(4);
        assertThat(cells.find(draft.id(), "*", Dimension.PROVINCE, "").orElseThrow().occupationName()).isEqualTo("全部职业");
        assertThat(cells.find(draft.id(), "4", Dimension.REGION, "460100").orElseThrow().occupationName())
                .isEqualTo("社会生产服务和生活服务人员");
        assertThat(draft.cells()).isEqualTo(jdbc.sql("SELECT count(*) FROM wage_guideline_cell WHERE edition_id = :id")
                .param("id", draft.id()).query(Integer.class).single());
    }

    @Test
    void aPublishedEditionCannotBeChangedEvenBySql() {
        survey(SurveyData.year(jdbc, 2087), 61000);
        Logins.runAs(users, "admin");
        Edition e = published(2087);

        assertThatThrownBy(() -> jdbc.sql("UPDATE wage_guideline_cell SET p50 = 1 WHERE edition_id = :id").param("id", e.id()).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("published");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM wage_guideline_cell WHERE edition_id = :id").param("id", e.id()).update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("""
                        INSERT INTO wage_guideline_cell (edition_id, occupation_code, occupation_level, dimension, dim_value,
                            employees, enterprises, largest_employees)
                        VALUES (:id, '4', 1, 'SIZE', 'LARGE', 99, 9, 9)""").param("id", e.id()).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("published");
        assertThatThrownBy(() -> jdbc.sql("UPDATE wage_guideline_edition SET status = 'DRAFT' WHERE id = :id").param("id", e.id()).update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> editions.discard(e.id())).isInstanceOf(ValidationException.class);
        assertThat(cells.find(e.id(), "4-03-01-01", Dimension.PROVINCE, "").orElseThrow().p50()).isEqualByComparingTo("61000");
    }

    @Test
    void theMedianIsComparedWithThePreviousYearsPublishedEdition() {
        survey(SurveyData.year(jdbc, 2088), 50000);
        survey(SurveyData.year(jdbc, 2089), 55000);
        Logins.runAs(users, "admin");
        published(2088);

        Edition e = published(2089);

        GuidelineRow row = cells.find(e.id(), "4-03-01-01", Dimension.PROVINCE, "").orElseThrow();
        assertThat(row.yoyP50()).isEqualByComparingTo("0.1000");
        assertThat(row.yoyText()).isEqualTo("+10.0%");
    }

    @Test
    void onlyTheProvinceAdministratorComputesAndPublishes() {
        SurveyData.year(jdbc, 2090);
        Logins.runAs(users, "haikou");
        assertThatThrownBy(() -> editions.computeDraft(2090)).isInstanceOf(AccessDeniedException.class);
        Logins.runAs(users, "admin");
        assertThatThrownBy(() -> editions.computeDraft(1999)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("调查年度");
    }
}
