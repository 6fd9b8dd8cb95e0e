package tongxing.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.validation.OptimisticLockException;
import tongxing.platform.validation.ValidationException;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What a web page shows when a request fails: never a stack trace, always a page in the user's
 * language inside the normal layout. Bad input that no form caught → 400 with the reasons; a
 * record that does not exist or lies outside the data scope → 404; no permission → 403; a record
 * changed by somebody else → 409; Spring MVC's own errors (unknown URL, wrong method, a path
 * variable that is not a number) keep their status; anything else → 500 with an error id that is
 * also in the log, so that a user's report can be matched to the stack trace.
 *
 * <p>Ordered before Boot's problem-details handler (order 0) so that browsers get pages, and after
 * the system API's {@code ApiProblems} (highest precedence), which answers its controllers with RFC
 * 9457 problems. Any other {@code /api/} request that ends here gets a problem too. A feature that
 * needs its own handling uses a controller-local {@code @ExceptionHandler} (or catches the
 * exception and shows its form again, which is the usual case).
 */
@ControllerAdvice
@Order(-1)
class ErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);
    private static final Set<Integer> PAGES = Set.of(400, 403, 404, 409, 500);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Menu menu;
    private final MessageSource messages;

    ErrorHandling(Menu menu, MessageSource messages) {
        this.menu = menu;
        this.messages = messages;
    }

    @ExceptionHandler(ValidationException.class)
    ModelAndView invalid(ValidationException e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        return answer(e, request, response, HttpStatus.BAD_REQUEST, Map.of("violations", e.violations()));
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        return answer(e, request, response, HttpStatus.NOT_FOUND, Map.of());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView denied(AccessDeniedException e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        // Nobody logged in (or an API client): Spring Security decides, i.e. sends to the login page or answers 401/403.
        CurrentUser user = CurrentUser.find().orElseThrow(() -> e);
        log.info("Access denied to {} {} for {}", request.getMethod(), request.getRequestURI(), user.username());
        return answer(e, request, response, HttpStatus.FORBIDDEN, Map.of());
    }

    @ExceptionHandler(OptimisticLockException.class)
    ModelAndView conflict(OptimisticLockException e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        return answer(e, request, response, HttpStatus.CONFLICT, Map.of("detail", e.getMessage()));
    }

    @ExceptionHandler({TypeMismatchException.class, HttpMessageNotReadableException.class})
    ModelAndView badRequest(Exception e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        log.debug("Bad request {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
        return answer(e, request, response, HttpStatus.BAD_REQUEST, Map.of());
    }

    @ExceptionHandler(Exception.class)
    ModelAndView other(Exception e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpStatusCode status = knownStatus(e);
        if (status != null && !status.is5xxServerError()) {
            if (e instanceof ErrorResponse r) r.getHeaders().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
            return answer(e, request, response, status, Map.of());
        }
        String errorId = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        log.error("Request failed, error id {}: {} {}", errorId, request.getMethod(), request.getRequestURI(), e);
        return answer(e, request, response, status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status, Map.of("errorId", errorId));
    }

    /** The status Spring MVC or an exception's own {@code @ResponseStatus} gives it; null when it has none. */
    private static HttpStatusCode knownStatus(Exception e) {
        if (e instanceof ErrorResponse r) return r.getStatusCode();
        ResponseStatus annotated = AnnotatedElementUtils.findMergedAnnotation(e.getClass(), ResponseStatus.class);
        return annotated == null ? null : annotated.code();
    }

    private ModelAndView answer(Exception e, HttpServletRequest request, HttpServletResponse response, HttpStatusCode status,
                                Map<String, Object> details) throws IOException {
        if (response.isCommitted()) {
            // Half of a download has left already: nothing more can be said to the browser.
            log.warn("Response already committed for {} {}, status {} not sent", request.getMethod(),
                    request.getRequestURI(), status.value());
            return new ModelAndView();
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            problem(e, request, response, status, details);
            return null;
        }
        String view = PAGES.contains(status.value()) ? "error/" + status.value()
                : status.is4xxClientError() ? "error/4xx" : "error/500";
        ModelAndView page = new ModelAndView(view, status);
        page.addObject("status", status.value());
        page.addAllObjects(details);
        // @ModelAttribute methods do not run for exception handlers: the layout's model is added here.
        CurrentUser user = CurrentUser.find().orElse(null);
        page.addObject("currentUser", user);
        page.addObject("menu", user == null ? List.of() : menu.forRole(user.role()));
        page.addObject("currentPath", path);
        return page;
    }

    /** An RFC 9457 problem for a system-API address that no API controller answered (an unknown path, a wrong media type). */
    private void problem(Exception e, HttpServletRequest request, HttpServletResponse response, HttpStatusCode status,
                         Map<String, Object> details) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = e instanceof ErrorResponse r ? r.updateAndGetBody(messages, locale) : ProblemDetail.forStatus(status);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType() == null ? "about:blank" : problem.getType().toString());
        HttpStatus known = HttpStatus.resolve(status.value());
        body.put("title", problem.getTitle() != null ? problem.getTitle() : known == null ? "Error" : known.getReasonPhrase());
        body.put("status", status.value());
        String detail = problem.getDetail() != null && status.is4xxClientError() ? problem.getDetail()
                : messages.getMessage(status.value() == 500 ? "error.500" : "error." + status.value(), null,
                messages.getMessage("error.400", null, "", locale), locale);
        body.put("detail", details.containsKey("detail") ? details.get("detail") : detail);
        body.put("instance", request.getRequestURI());
        if (details.containsKey("violations")) body.put("violations", details.get("violations"));
        if (details.containsKey("errorId")) body.put("errorId", details.get("errorId"));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.writeValueAsString(body));
    }
}
