package tongxing.monitoring.feeds;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.Scope;
import tongxing.platform.web.NotFoundException;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * 数据导入: the five feeds with their templates and upload pages (the platform's import screens),
 * the API, and the latest loads. Province staff see every load, others their own.
 */
@Controller
@RequestMapping("/monitoring/feeds")
class FeedsController {

    record LoadRow(long id, String feed, LocalDate month, String channel, String fileName, String loadedBy,
                   OffsetDateTime loadedAt, int accepted, int rejected, int unknown) {
    }

    private final JdbcClient jdbc;

    FeedsController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping
    String page(Model model) {
        CurrentUser user = CurrentUser.require();
        if (!user.role().isStaff()) throw new NotFoundException();
        boolean province = user.scope() instanceof Scope.Province;
        List<LoadRow> loads = jdbc.sql("""
                        SELECT id, feed, month, channel, file_name, loaded_by, loaded_at, accepted, rejected, unknown
                        FROM monitoring_load WHERE :all OR loaded_by = :user ORDER BY id DESC LIMIT 30""")
                .param("all", province).param("user", user.username())
                .query((rs, n) -> new LoadRow(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class), rs.getInt(8), rs.getInt(9),
                        rs.getInt(10)))
                .list();
        model.addAttribute("feeds", Feed.values());
        model.addAttribute("loads", loads);
        model.addAttribute("lastMonth", LocalDate.now().withDayOfMonth(1).minusMonths(1).toString().substring(0, 7));
        return "monitoring/feeds";
    }
}
