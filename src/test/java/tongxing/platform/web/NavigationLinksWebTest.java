package tongxing.platform.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tongxing.TongxingTest;
import tongxing.support.Logins;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every entry of the menu a role sees, and every tab of the pages it leads to, opens for that role:
 * nobody is shown a link that answers 403 or 404.
 */
@TongxingTest
@AutoConfigureMockMvc
class NavigationLinksWebTest {

    private static final Pattern MENU = Pattern.compile("<ul class=\"nav flex-column\" id=\"main-menu\">(.*?)</aside>", Pattern.DOTALL);
    private static final Pattern TABS = Pattern.compile("<ul class=\"nav nav-tabs[^\"]*\">(.*?)</ul>", Pattern.DOTALL);
    private static final Pattern HREF = Pattern.compile("href=\"(/[^\"#?]*)[^\"]*\"");
    /** A year printed as a number with a thousands separator ("2,026 年"): what MessageFormat does to an Integer. */
    private static final Pattern GROUPED_YEAR = Pattern.compile("\\b[12],\\d{3}\\s*(年|Year)");
    /** A date in the locale's short style (2026/12/2), what string concatenation makes of a LocalDate, instead of 2026-12-02. */
    private static final Pattern SLASHED_DATE = Pattern.compile("\\b20\\d\\d/\\d{1,2}/\\d{1,2}\\b");

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;

    @ParameterizedTest
    @ValueSource(strings = {"admin", "union", "haikou", "yangpu", "expert", "coordinator", "mediator", "enterprise"})
    void everyMenuEntryAndEveryTabOpensForTheRoleThatSeesIt(String user) throws Exception {
        Set<String> menu = links(MENU, page(user, "/").body());
        assertThat(menu).as("menu of " + user).isNotEmpty();
        List<String> broken = new ArrayList<>();
        Set<String> tabs = new LinkedHashSet<>();
        for (String entry : menu) {
            Response r = page(user, entry);
            if (r.status() >= 400) broken.add(entry + " → " + r.status());
            else tabs.addAll(links(TABS, r.body()));
            groupedYear(r).ifPresent(y -> broken.add(entry + " shows " + y));
        }
        tabs.removeAll(menu);
        for (String tab : tabs) {
            Response r = page(user, tab);
            if (r.status() >= 400) broken.add(tab + " (tab) → " + r.status());
            groupedYear(r).ifPresent(y -> broken.add(tab + " shows " + y));
        }
        assertThat(broken).as("links shown to " + user + " that do not open").isEmpty();
    }

    @org.junit.jupiter.api.Test
    void anEnterpriseSeesOnlyTheProgramSixTabsItMayOpen() throws Exception {
        String overview = page("enterprise", "/monitoring").body();
        assertThat(links(TABS, overview)).contains("/monitoring/layoff-plans", "/monitoring/negotiations")
                .doesNotContain("/monitoring/feeds", "/monitoring/key-enterprises", "/monitoring/clues");
        assertThat(links(TABS, page("haikou", "/monitoring").body())).contains("/monitoring/feeds", "/monitoring/clues");
    }

    @org.junit.jupiter.api.Test
    void yearsAndDatesAreWrittenAsEverywhereElse() throws Exception {
        for (String path : List.of("/coordinators/work-figures", "/coordinators/certification", "/wage/feedback", "/coordinators/1",
                "/monitoring/layoff-plans/1"))
            assertThat(groupedYear(page("admin", path))).as(path).isEmpty();
        assertThat(groupedYear(page("coordinator", "/coordinators"))).isEmpty();
        String reviewedPlan = page("admin", "/monitoring/layoff-plans/1").body();
        assertThat(reviewedPlan).contains("id=\"review-opinion\"");
    }

    private static java.util.Optional<String> groupedYear(Response r) {
        for (Pattern p : List.of(GROUPED_YEAR, SLASHED_DATE)) {
            Matcher m = p.matcher(r.body());
            if (m.find()) return java.util.Optional.of(m.group());
        }
        return java.util.Optional.empty();
    }

    private Set<String> links(Pattern section, String html) {
        Set<String> out = new LinkedHashSet<>();
        Matcher s = section.matcher(html);
        while (s.find()) {
            Matcher h = HREF.matcher(s.group(1));
            while (h.find()) out.add(h.group(1));
        }
        return out;
    }

    /** The page at the path, after at most one redirect within the application. */
    private Response page(String user, String path) throws Exception {
        var response = mvc.perform(get(path).with(Logins.as(users, user))).andReturn().getResponse();
        String location = response.getRedirectedUrl();
        if (response.getStatus() / 100 == 3 && location != null && location.startsWith("/"))
            response = mvc.perform(get(location).with(Logins.as(users, user))).andReturn().getResponse();
        return new Response(response.getStatus(), response.getContentAsString());
    }

    private record Response(int status, String body) {
    }
}
