package tongxing.wage.occupation;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tongxing.platform.exports.AuditedXlsxDownload;
import tongxing.platform.exports.XlsxColumn;
import tongxing.platform.exports.XlsxExport;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.validation.ValidationException;
import tongxing.platform.validation.Violation;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * 职业分类 (/wage/occupations): the classification as a tree (a branch with its breadcrumb) or a search by
 * code or name, counts per level, the Excel export of the same filter; for the office also the import of
 * the official table and 停用/启用.
 */
@Controller
@RequestMapping("/wage/occupations")
class OccupationController {

    private static final String[] LEVEL_NAMES = {"大类", "中类", "小类", "细类"};

    private final OccupationCatalogue catalogue;
    private final AuditedXlsxDownload download;

    OccupationController(OccupationCatalogue catalogue, AuditedXlsxDownload download) {
        this.catalogue = catalogue;
        this.download = download;
    }

    @GetMapping
    String list(@ModelAttribute("filter") OccupationFilter filter, @RequestParam(defaultValue = "1") int page, Model model) {
        CurrentUser user = requireBrowse();
        OccupationFilter f = filter == null ? OccupationFilter.none() : filter;
        model.addAttribute("filter", f);
        model.addAttribute("result", catalogue.page(f, page));
        model.addAttribute("path", f.under() == null ? List.of() : catalogue.path(f.under()));
        model.addAttribute("mayManage", OccupationAccess.mayManage(user));
        String q = f.queryString();
        model.addAttribute("query", q);
        model.addAttribute("pageLink", "/wage/occupations?" + (q.isEmpty() ? "" : q + "&") + "page=");
        model.addAttribute("exportLink", "/wage/occupations/export" + (q.isEmpty() ? "" : "?" + q));
        return "wage/occupations";
    }

    @GetMapping("/export")
    void export(@ModelAttribute OccupationFilter filter, HttpServletResponse response) throws IOException {
        requireBrowse();
        OccupationFilter f = filter == null ? OccupationFilter.none() : filter;
        XlsxExport<OccupationCatalogue.Row> xlsx = new XlsxExport<>("职业分类", List.of(
                XlsxColumn.<OccupationCatalogue.Row>of("代码", OccupationCatalogue.Row::code).width(14),
                XlsxColumn.<OccupationCatalogue.Row>of("名称", OccupationCatalogue.Row::name).width(40),
                XlsxColumn.<OccupationCatalogue.Row>of("GBM代码", OccupationCatalogue.Row::gbmCode).width(10),
                XlsxColumn.<OccupationCatalogue.Row>of("层级", r -> LEVEL_NAMES[r.level() - 1]),
                XlsxColumn.<OccupationCatalogue.Row>of("上级代码", OccupationCatalogue.Row::parentCode).width(12),
                XlsxColumn.<OccupationCatalogue.Row>of("下级数", OccupationCatalogue.Row::children),
                XlsxColumn.<OccupationCatalogue.Row>of("状态", r -> r.disabled() ? "停用" : "启用")));
        download.send(response, "职业分类", "occupations", xlsx, sink -> catalogue.stream(f, sink),
                "wage_occupation", "职业分类", f.asParams());
    }

    @PostMapping("/{code}/disable")
    String disable(@PathVariable String code, @RequestParam(required = false) String back, RedirectAttributes redirect) {
        return setDisabled(code, true, back, redirect);
    }

    @PostMapping("/{code}/enable")
    String enable(@PathVariable String code, @RequestParam(required = false) String back, RedirectAttributes redirect) {
        return setDisabled(code, false, back, redirect);
    }

    private String setDisabled(String code, boolean disabled, String back, RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.require();
        if (!OccupationAccess.mayManage(user)) throw new AccessDeniedException("not the office");
        try {
            catalogue.setDisabled(user, code, disabled);
            redirect.addFlashAttribute("notice", disabled ? "wage.occupation.disabled" : "wage.occupation.enabled");
            redirect.addFlashAttribute("noticeCode", code);
        } catch (ValidationException e) {
            redirect.addFlashAttribute("problem", e.violations().stream().map(Violation::reason).collect(Collectors.joining("；")));
        }
        // Back to the same filter; only a query string of this page, never another address.
        String q = back == null || !back.matches("[A-Za-z0-9=&%._~+-]*") ? "" : back;
        return "redirect:/wage/occupations" + (q.isEmpty() ? "" : "?" + q);
    }

    private static CurrentUser requireBrowse() {
        CurrentUser user = CurrentUser.require();
        if (!OccupationAccess.mayBrowse(user)) throw new AccessDeniedException("not in the wage survey");
        return user;
    }
}
