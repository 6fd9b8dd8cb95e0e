package tongxing.platform.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The model of Boot's error pages ({@code /error}), reached by failures outside the controllers
 * (a filter, the container): no exception, message or trace ever (application.yml says so too),
 * and for a server error an error id that is written to the log with the exception, as
 * {@link ErrorHandling} does for controller failures.
 */
@Component
class ErrorHandlingAttributes extends DefaultErrorAttributes {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandlingAttributes.class);

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, ErrorAttributeOptions.defaults());
        attributes.remove("exception");
        attributes.remove("trace");
        attributes.remove("message");
        attributes.remove("errors");
        if (attributes.get("status") instanceof Integer status && status >= 500) {
            String errorId = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
            attributes.put("errorId", errorId);
            Throwable error = getError(request);
            log.error("Request failed, error id {}: {}", errorId, attributes.get("path"), error);
        }
        return attributes;
    }
}
