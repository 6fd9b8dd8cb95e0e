package tongxing.wage;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tongxing.TongxingTest;
import tongxing.enterprise.EnterpriseRegistry;
import tongxing.platform.i18n.Texts;
import tongxing.platform.validation.ValidationException;
import tongxing.platform.validation.Violation;
import tongxing.support.Logins;
import tongxing.wage.collection.TestReturns;
import tongxing.wage.guideline.CellFilter;
import tongxing.wage.guideline.DimensionLabels;
import tongxing.wage.survey.Surveys;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The wage program speaks the user's language: Chinese by default, English with the language cookie. */
@TongxingTest
@AutoConfigureMockMvc
class WageLanguageWebTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired Surveys surveys;
    @Autowired EnterpriseRegistry registry;
    @Autowired JdbcClient jdbc;
    @Autowired Texts texts;
    @Autowired DimensionLabels labels;

    @AfterEach
    void reset() {
        Logins.clear();
        LocaleContextHolder.resetLocaleContext();
    }

    long notStartedHaikouReturn() {
        return TestReturns.notStartedHaikouReturn(users, registry, surveys, jdbc);
    }

    MockHttpServletRequestBuilder emptyForm(long id) {
        int version = jdbc.sql("SELECT version FROM wage_survey_enterprise WHERE id = :id").param("id", id).query(Integer.class).single();
        return post("/wage/returns/{id}/form", id).with(Logins.as(users, "haikou")).with(csrf())
                .param("version", String.valueOf(version)).param("industryCode", "52").param("ownershipCode", "159")
                .param("regionCode", "460100").param("employees", "1").param("totalPay", "60000");
    }

    @SuppressWarnings("unchecked")
    List<String> reasons(MockHttpServletRequestBuilder request) throws Exception {
        var flash = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getFlashMap();
        return ((List<Violation>) flash.get("violations")).stream().map(Violation::reason).toList();
    }

    @Test
    void a_return_form_without_a_size_is_refused_in_chinese_by_default_and_in_english_with_the_cookie() throws Exception {
        long id = notStartedHaikouReturn();
        assertThat(reasons(emptyForm(id))).containsExactly("请选择企业规模");
        assertThat(reasons(emptyForm(id).cookie(new Cookie("TONGXING_LANG", "en")))).containsExactly("Please choose the enterprise size");
    }

    @Test
    void accepting_a_return_that_is_not_validated_gives_the_reason_in_english_with_the_cookie() throws Exception {
        long id = notStartedHaikouReturn();
        mvc.perform(post("/wage/returns/{id}/accept", id).with(Logins.as(users, "haikou")).with(csrf())
                        .cookie(new Cookie("TONGXING_LANG", "en")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("wageErrors", contains("Only a validated return (no errors, outliers confirmed) can be accepted")));
    }

    @Test
    void guideline_filters_name_their_values_and_refuse_a_bad_combination_in_the_users_language() {
        CellFilter clash = new CellFilter(null, "460100", null, "SMALL", null, null);

        assertThat(labels.keyGroups()).containsEntry("SKILL:LEVEL_2", "技能人才 · 二级/技师");
        assertThatThrownBy(() -> clash.checked(texts)).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.violations()).extracting(Violation::reason).singleElement().asString().startsWith("筛选条件只能单独使用"));

        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(labels.keyGroups()).containsEntry("SKILL:LEVEL_2", "Skilled workers · Level 2 / technician");
        assertThat(labels.sizeNames()).containsEntry("MICRO", "Micro");
        assertThatThrownBy(() -> clash.checked(texts)).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.violations()).extracting(Violation::reason).singleElement().asString().startsWith("These filters stand alone"));
        // documents and the audit log stay in the working language
        assertThat(labels.stored(tongxing.wage.guideline.Dimension.PROVINCE, "")).isEqualTo("全省");
    }
}
