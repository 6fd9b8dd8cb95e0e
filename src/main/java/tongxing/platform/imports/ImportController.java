package tongxing.platform.imports;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tongxing.platform.security.CurrentUser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Import screens: history, upload form and template, the validation report, commit and cancel. */
@Controller
@RequestMapping("/imports")
class ImportController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final int PAGE_SIZE = 20;
    private static final int ERRORS_SHOWN = 200;

    private final Imports imports;
    private final ImportDefinitions definitions;
    private final ImportWorkbooks workbooks;
    private final MessageSource messages;

    ImportController(Imports imports, ImportDefinitions definitions, ImportWorkbooks workbooks, MessageSource messages) {
        this.imports = imports;
        this.definitions = definitions;
        this.workbooks = workbooks;
        this.messages = messages;
    }

    @GetMapping
    String history(@RequestParam(defaultValue = "1") int page, Model model) {
        CurrentUser user = CurrentUser.require();
        model.addAttribute("history", imports.history(user, page, PAGE_SIZE));
        model.addAttribute("kinds", definitions.availableTo(user));
        model.addAttribute("definitions", definitions);
        return "imports/history";
    }

    @GetMapping("/history.xlsx")
    void exportHistory(HttpServletResponse response) throws IOException {
        download(response, text("imports.history.fileName"));
        workbooks.history(CurrentUser.require(), response.getOutputStream(), LocaleContextHolder.getLocale());
    }

    @GetMapping("/{kind:[a-z][a-z0-9-]*}")
    String uploadForm(@PathVariable String kind, Model model) {
        model.addAttribute("definition", definitions.require(kind, CurrentUser.require()));
        return "imports/upload";
    }

    @GetMapping("/{kind:[a-z][a-z0-9-]*}/template.xlsx")
    void template(@PathVariable String kind, HttpServletResponse response) throws IOException {
        ImportDefinition<?> definition = definitions.require(kind, CurrentUser.require());
        download(response, text("imports.template.fileName", text(definition.titleKey())));
        workbooks.template(definition, response.getOutputStream(), LocaleContextHolder.getLocale());
    }

    @PostMapping("/{kind:[a-z][a-z0-9-]*}")
    String upload(@PathVariable String kind, @RequestParam(value = "file", required = false) MultipartFile file,
                  Model model, HttpServletResponse response) {
        CurrentUser user = CurrentUser.require();
        ImportDefinition<?> definition = definitions.require(kind, user);
        try {
            return "redirect:/imports/" + imports.upload(kind, file, user);
        } catch (ImportProblem p) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("definition", definition);
            model.addAttribute("problem", text(p));
            return "imports/upload";
        }
    }

    @GetMapping("/{id:\\d+}")
    String job(@PathVariable long id, Model model) {
        ImportJob job = imports.job(id, CurrentUser.require());
        model.addAttribute("job", job);
        model.addAttribute("kindTitleKey", definitions.titleKey(job.kind()));
        if (job.committable()) {
            definitions.find(job.kind()).map(d -> d.commitNoticeKey(job.validRows()))
                    .ifPresent(key -> model.addAttribute("commitNotice", text(key, String.valueOf(job.validRows()))));
        }
        model.addAttribute("errors", imports.errors(job, ERRORS_SHOWN));
        model.addAttribute("errorsShown", ERRORS_SHOWN);
        return "imports/job";
    }

    @GetMapping("/{id:\\d+}/errors.xlsx")
    ResponseEntity<Resource> errorReport(@PathVariable long id) {
        CurrentUser user = CurrentUser.require();
        ImportJob job = imports.job(id, user);
        String base = job.fileName().replaceFirst("\\.[^.]*$", "");
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(text("imports.errors.fileName", base)))
                .contentType(XLSX)
                .body(new FileSystemResource(imports.errorReport(id, user)));
    }

    @PostMapping("/{id:\\d+}/commit")
    String commit(@PathVariable long id, RedirectAttributes redirect) {
        try {
            ImportJob job = imports.commit(id, CurrentUser.require());
            if (job.status() == ImportJobStatus.COMMITTED) redirect.addFlashAttribute("notice", text("imports.commit.done"));
        } catch (ImportProblem p) {
            redirect.addFlashAttribute("problem", text(p));
        }
        return "redirect:/imports/" + id;
    }

    @PostMapping("/{id:\\d+}/cancel")
    String cancel(@PathVariable long id, RedirectAttributes redirect) {
        try {
            imports.cancel(id, CurrentUser.require());
            redirect.addFlashAttribute("notice", text("imports.job.cancelled"));
        } catch (ImportProblem p) {
            redirect.addFlashAttribute("problem", text(p));
        }
        return "redirect:/imports/" + id;
    }

    private static void download(HttpServletResponse response, String fileName) {
        response.setContentType(XLSX.toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment(fileName));
    }

    private static String attachment(String fileName) {
        return ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString();
    }

    private String text(ImportProblem p) {
        // Row numbers and counts read as 12345, not 12,345.
        Object[] args = Arrays.stream(p.args()).map(a -> a instanceof Number ? a.toString() : a).toArray();
        return messages.getMessage(p.messageKey(), args, LocaleContextHolder.getLocale());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
