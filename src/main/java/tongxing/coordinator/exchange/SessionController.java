package tongxing.coordinator.exchange;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
import tongxing.coordinator.CoordinatorAccess;
import tongxing.platform.i18n.Texts;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.validation.ValidationException;
import tongxing.platform.validation.Violation;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** One session's page: its materials (upload, download, delete) and its attendance list (picker, change, remove). */
@Controller
@RequestMapping("/coordinators/exchange")
class SessionController {

    private final ExchangeSessions sessions;
    private final SessionMaterials materials;
    private final Attendance attendance;
    private final Texts texts;

    SessionController(ExchangeSessions sessions, SessionMaterials materials, Attendance attendance, Texts texts) {
        this.sessions = sessions;
        this.materials = materials;
        this.attendance = attendance;
        this.texts = texts;
    }

    @GetMapping("/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        CurrentUser user = ExchangeController.reader();
        ExchangeSession s = sessions.get(user.scope(), id);
        model.addAttribute("s", s);
        model.addAttribute("materials", materials.of(id));
        boolean manage = CoordinatorAccess.mayWrite(user.role()) && ExchangeSessions.mayManage(user.scope(), s);
        model.addAttribute("mayWrite", manage);
        model.addAttribute("attendance", CoordinatorAccess.mayBrowse(user.role()) ? attendance.of(id) : List.of());
        model.addAttribute("showAttendance", CoordinatorAccess.mayBrowse(user.role()));
        return "coordinators/exchange/detail";
    }

    /** The picker's results (htmx): coordinators the writer may add, by name. */
    @GetMapping("/{id:\\d+}/candidates")
    String candidates(@PathVariable long id, @RequestParam(required = false) String name, Model model) {
        CurrentUser user = writer();
        ExchangeSession s = sessions.manageable(user.scope(), id);
        model.addAttribute("s", s);
        model.addAttribute("candidates", attendance.candidates(user.scope(), s, name));
        return "coordinators/exchange/detail :: candidates";
    }

    @PostMapping("/{id:\\d+}/attendance")
    String record(@PathVariable long id, @RequestParam(name = "coordinatorId", required = false) List<Long> coordinatorIds,
                  @RequestParam(required = false) String attended, @RequestParam(required = false) String hours,
                  RedirectAttributes redirect) {
        CurrentUser user = writer();
        List<String> errors = new ArrayList<>();
        try {
            if (coordinatorIds == null || coordinatorIds.isEmpty()) throw new ValidationException("coordinatorId", texts.get("exchange.error.pickCoordinator"));
            boolean yes = !"false".equals(attended);
            BigDecimal h = parseHours(hours);
            int saved = 0;
            for (Long c : coordinatorIds) {
                try {
                    attendance.record(user.scope(), id, c, yes, h);
                    saved++;
                } catch (ValidationException e) {
                    e.violations().stream().map(Violation::reason).forEach(errors::add);
                }
            }
            if (saved > 0) redirect.addFlashAttribute("message", "exchange.attendance.saved");
        } catch (ValidationException e) {
            e.violations().stream().map(Violation::reason).forEach(errors::add);
        }
        if (!errors.isEmpty()) redirect.addFlashAttribute("exchangeErrors", errors);
        return "redirect:/coordinators/exchange/" + id + "#attendance";
    }

    @PostMapping("/{id:\\d+}/attendance/{coordinatorId:\\d+}/remove")
    String remove(@PathVariable long id, @PathVariable long coordinatorId, RedirectAttributes redirect) {
        CurrentUser user = writer();
        attendance.remove(user.scope(), id, coordinatorId);
        redirect.addFlashAttribute("message", "exchange.attendance.removed");
        return "redirect:/coordinators/exchange/" + id + "#attendance";
    }

    @PostMapping("/{id:\\d+}/materials")
    String upload(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
                  RedirectAttributes redirect) throws IOException {
        CurrentUser user = writer();
        try {
            if (file == null || file.isEmpty()) throw new ValidationException("file", texts.get("exchange.error.noFile"));
            try (InputStream in = file.getInputStream()) {
                materials.upload(user.scope(), id, file.getOriginalFilename(), file.getSize(), in);
            }
            redirect.addFlashAttribute("message", "exchange.material.uploaded");
        } catch (ValidationException e) {
            redirect.addFlashAttribute("exchangeErrors", e.violations().stream().map(Violation::reason).toList());
        }
        return "redirect:/coordinators/exchange/" + id + "#materials";
    }

    @GetMapping("/materials/{mid:\\d+}")
    ResponseEntity<Resource> download(@PathVariable long mid) {
        CurrentUser user = ExchangeController.reader();
        SessionMaterial m = materials.find(user.scope(), mid);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(m.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(m.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(new FileSystemResource(materials.file(m)));
    }

    @PostMapping("/materials/{mid:\\d+}/delete")
    String deleteMaterial(@PathVariable long mid, RedirectAttributes redirect) {
        CurrentUser user = writer();
        SessionMaterial m = materials.find(user.scope(), mid);
        materials.delete(user.scope(), mid);
        redirect.addFlashAttribute("message", "exchange.material.deleted");
        return "redirect:/coordinators/exchange/" + m.sessionId() + "#materials";
    }

    private BigDecimal parseHours(String raw) {
        if (raw == null || raw.isBlank()) return null;
        try {
            return new BigDecimal(raw.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException("hours", texts.get("exchange.error.hoursNumber"));
        }
    }

    private static CurrentUser writer() {
        CurrentUser user = CurrentUser.require();
        CoordinatorAccess.require(CoordinatorAccess.mayWrite(user.role()));
        return user;
    }
}
