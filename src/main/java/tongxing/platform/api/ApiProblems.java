package tongxing.platform.api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tongxing.platform.validation.OptimisticLockException;
import tongxing.platform.validation.ValidationException;
import tongxing.platform.web.NotFoundException;
import tools.jackson.core.JacksonException;

import java.util.Locale;

/**
 * Every error of a {@link SystemApi} controller as an RFC 9457 problem
 * ({@code application/problem+json}) in the caller's language: the status, a title, a detail a
 * person can act on and, for bad input, {@code violations} naming each field and the reason.
 * Never a stack trace or an exception class name. Ordered first so that it, and not the
 * application-wide handler, answers for the API controllers; it is not applied to web pages.
 */
@RestControllerAdvice(annotations = SystemApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ValidationException.class)
    ResponseEntity<ProblemDetail> invalid(ValidationException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, text("api.problem.validation"));
        problem.setProperty("violations", e.violations());
        return answer(problem);
    }

    @ExceptionHandler(ApiRequestRejected.class)
    ResponseEntity<ProblemDetail> rejected(ApiRequestRejected e) {
        return answer(problem(e.status(), text(e.messageCode(), e.args())));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return answer(problem(HttpStatus.NOT_FOUND, text("api.problem.notFound")));
    }

    @ExceptionHandler(OptimisticLockException.class)
    ResponseEntity<ProblemDetail> conflict(OptimisticLockException e) {
        return answer(problem(HttpStatus.CONFLICT, e.getMessage()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        ApiRequestRejected why = e.getCause() instanceof JacksonException json
                ? JsonBatchReader.malformed(json)
                : ApiRequestRejected.malformed("api.problem.unreadable");
        return rejected(why);
    }

    /** Spring MVC's own errors (415, 405, 406, missing parameter...) keep their status; anything else is a 500. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> other(Exception e) {
        if (e instanceof ErrorResponse response) {
            ProblemDetail body = response.updateAndGetBody(messages, locale());
            ProblemDetail problem = problem(response.getStatusCode(), body.getDetail());
            return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        log.error("System API request failed", e);
        return answer(problem(HttpStatus.INTERNAL_SERVER_ERROR, text("api.problem.internal")));
    }

    private ProblemDetail problem(HttpStatusCode status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(messages.getMessage("api.title." + status.value(), null,
                HttpStatus.resolve(status.value()) == null ? "Error" : HttpStatus.resolve(status.value()).getReasonPhrase(),
                locale()));
        return problem;
    }

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
