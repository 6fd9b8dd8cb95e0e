package tongxing.platform.audit;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tongxing.platform.exports.XlsxResponse;
import tongxing.platform.web.NotFoundException;

import java.io.IOException;

/** 审计日志: search, read and export the audit log. There is nothing here that changes it. */
@Controller
@RequestMapping("/admin/audit")
class AuditController {

    private final AuditSearch search;
    private final AuditExport export;

    AuditController(AuditSearch search, AuditExport export) {
        this.search = search;
        this.export = export;
    }

    @GetMapping
    String list(@RequestParam(required = false) String username, @RequestParam(required = false) String action,
                @RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
                @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) String text, @RequestParam(defaultValue = "1") int page, Model model) {
        AuditFilter filter = AuditFilter.of(username, action, entityType, entityId, from, to, text);
        model.addAttribute("filter", filter);
        model.addAttribute("query", filter.queryString());
        model.addAttribute("result", search.page(filter, page));
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("entityTypes", search.entityTypes());
        return "admin/audit/list";
    }

    @GetMapping("/export")
    void export(@RequestParam(required = false) String username, @RequestParam(required = false) String action,
                @RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
                @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) String text, HttpServletResponse response) throws IOException {
        AuditFilter filter = AuditFilter.of(username, action, entityType, entityId, from, to, text);
        String file = XlsxResponse.fileName(export.fileTitle());
        export.write(filter, XlsxResponse.start(response, file, XlsxResponse.fileName("audit-log")));
    }

    /** One entry on its own page (also what the list links to without JavaScript). */
    @GetMapping("/{id}")
    String entry(@PathVariable long id, Model model) {
        AuditEntry entry = search.find(id).orElseThrow(NotFoundException::new);
        model.addAttribute("entry", entry);
        model.addAttribute("changes", AuditChanges.of(entry.beforeJson(), entry.afterJson()));
        return "admin/audit/entry";
    }

    /** The detail row under an entry of the list (htmx). */
    @GetMapping("/{id}/changes")
    String changes(@PathVariable long id, @RequestParam(defaultValue = "false") boolean close, Model model) {
        AuditEntry entry = search.find(id).orElseThrow(NotFoundException::new);
        model.addAttribute("entry", entry);
        model.addAttribute("changes", close ? java.util.List.of() : AuditChanges.of(entry.beforeJson(), entry.afterJson()));
        model.addAttribute("open", !close);
        return "admin/audit/list :: detailRow";
    }
}
