package tongxing.selection;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tongxing.TongxingTest;
import tongxing.support.Workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static tongxing.selection.SelectionFixture.list;
import static tongxing.selection.SelectionFixture.n;

/** A reviewer's workbench counts the nominees they still have to score, leaving out those they must not review. */
@TongxingTest
@AutoConfigureMockMvc
class SelectionWorkbenchWebTest {

    static final String TO_SCORE = "workbench.selection.toScore";

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired ApplicationContext ctx;

    @Test
    void theExpertMustScoreTheSanyaNomineesButNotTheOneHisOwnCityNominated() throws Exception {
        SelectionFixture f = new SelectionFixture(ctx);
        long before = Workbench.figure(mvc, users, "expert", TO_SCORE);
        long unionBefore = Workbench.figure(mvc, users, "union", TO_SCORE);

        // the expert works in Haikou: Haikou's nominee is one he must not review
        long id = f.reviewing(3, list("expert"), n("haikou", "符海"), n("sanya", "黎山"), n("sanya", "王岭"));
        assertThat(Workbench.figure(mvc, users, "expert", TO_SCORE)).isEqualTo(before + 2);
        assertThat(Workbench.figure(mvc, users, "union", TO_SCORE)).as("not a reviewer of this campaign").isEqualTo(unionBefore);

        f.score("expert", f.nominationId(id, "黎山"), 80, 70, 60);
        assertThat(Workbench.figure(mvc, users, "expert", TO_SCORE)).isEqualTo(before + 1);
    }
}
