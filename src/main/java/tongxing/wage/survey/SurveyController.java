package tongxing.wage.survey;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tongxing.enterprise.EnterpriseSelectionQuery.Criteria;
import tongxing.platform.i18n.Texts;
import tongxing.platform.industry.Industries;
import tongxing.platform.region.Regions;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.sizeclass.SizeClass;
import tongxing.platform.validation.ValidationException;
import tongxing.platform.validation.Violation;

import java.io.IOException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** 调查年度 (/wage/surveys): open a year, select enterprises by filter or by an imported USCC list, see returns by region. */
@Controller
@RequestMapping("/wage/surveys")
class SurveyController {

    private final Surveys surveys;
    private final SampleImport sampleImport;
    private final ReturnSearch search;
    private final Regions regions;
    private final Industries industries;
    private final Texts texts;

    SurveyController(Surveys surveys, SampleImport sampleImport, ReturnSearch search, Regions regions, Industries industries, Texts texts) {
        this.surveys = surveys;
        this.sampleImport = sampleImport;
        this.search = search;
        this.regions = regions;
        this.industries = industries;
        this.texts = texts;
    }

    @GetMapping
    String list(Model model) {
        CurrentUser user = WageAccess.requireBrowse();
        model.addAttribute("surveys", surveys.list());
        model.addAttribute("mayOpen", WageAccess.isSurveyAdmin(user));
        return "wage/surveys";
    }

    @PostMapping
    String open(@RequestParam(required = false) Integer year,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
                RedirectAttributes redirect) {
        CurrentUser user = WageAccess.requireBrowse();
        try {
            surveys.open(user, year, deadline);
            redirect.addFlashAttribute("message", "wage.saved");
            return "redirect:/wage/surveys/" + year;
        } catch (ValidationException e) {
            redirect.addFlashAttribute("wageErrors", e.violations().stream().map(Violation::reason).toList());
            return "redirect:/wage/surveys";
        }
    }

    @GetMapping("/{year:\\d{4}}")
    String show(@PathVariable int year, Model model) {
        CurrentUser user = WageAccess.requireBrowse();
        model.addAttribute("survey", surveys.require(year));
        model.addAttribute("tally", search.tally(user.scope(), year));
        model.addAttribute("statuses", ReturnStatus.values());
        model.addAttribute("mayAdmin", WageAccess.isSurveyAdmin(user));
        model.addAttribute("regions", regions.cities());
        model.addAttribute("sections", industries.sections());
        model.addAttribute("sizeClasses", SizeClass.values());
        return "wage/survey";
    }

    @PostMapping("/{year:\\d{4}}/select")
    String select(@PathVariable int year, @RequestParam(required = false) Set<String> regions,
                  @RequestParam(required = false) Set<String> sections, @RequestParam(required = false) Set<String> sizes,
                  RedirectAttributes redirect) {
        CurrentUser user = WageAccess.requireBrowse();
        Set<SizeClass> sz = EnumSet.noneOf(SizeClass.class);
        if (sizes != null) for (String s : sizes) {
            try {
                sz.add(SizeClass.valueOf(s));
            } catch (IllegalArgumentException ignored) {
                // an unknown size is no size: the form only offers the enum's names
            }
        }
        try {
            int added = surveys.select(user, year, new Criteria(regions, sections, sz, null));
            redirect.addFlashAttribute("wageNotice", texts.get("wage.survey.added", added));
        } catch (ValidationException e) {
            redirect.addFlashAttribute("wageErrors", e.violations().stream().map(Violation::reason).toList());
        }
        return "redirect:/wage/surveys/" + year;
    }

    @PostMapping("/{year:\\d{4}}/import")
    String importList(@PathVariable int year, @RequestParam(value = "file", required = false) MultipartFile file,
                      RedirectAttributes redirect) throws IOException {
        CurrentUser user = WageAccess.requireBrowse();
        WageAccess.require(WageAccess.isSurveyAdmin(user));
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("wageErrors", List.of(texts.get("wage.survey.error.noFile")));
            return "redirect:/wage/surveys/" + year;
        }
        SampleImport.Report report = sampleImport.run(user, year, file);
        redirect.addFlashAttribute("importReport", report);
        return "redirect:/wage/surveys/" + year;
    }

    @GetMapping("/list-template.csv")
    void listTemplate(jakarta.servlet.http.HttpServletResponse response) throws IOException {
        WageAccess.requireBrowse();
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"wage-survey-list.csv\"; filename*=UTF-8''"
                + java.net.URLEncoder.encode("调查企业名单模板.csv", java.nio.charset.StandardCharsets.UTF_8));
        response.getOutputStream().write("\uFEFF统一社会信用代码\n91460100MA5T00001L\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
