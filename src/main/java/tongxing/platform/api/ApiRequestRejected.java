package tongxing.platform.api;

import org.springframework.http.HttpStatus;

/**
 * A system-API request refused as a whole, before anything is saved: the status and a message
 * key of {@code messages/api*.properties} with its arguments. {@link ApiProblems} turns it into
 * a problem response.
 */
public class ApiRequestRejected extends RuntimeException {

    private final HttpStatus status;
    private final String messageCode;
    private final transient Object[] args;

    private ApiRequestRejected(HttpStatus status, String messageCode, Object... args) {
        super(messageCode);
        this.status = status;
        this.messageCode = messageCode;
        this.args = args;
    }

    /** The API key lacks a permission, e.g. {@code enterprise:write}. */
    public static ApiRequestRejected forbidden(String permission) {
        return new ApiRequestRejected(HttpStatus.FORBIDDEN, "api.problem.forbidden", permission);
    }

    /** More items than one request may carry. */
    public static ApiRequestRejected tooLarge(int maxItems) {
        return new ApiRequestRejected(HttpStatus.CONTENT_TOO_LARGE, "api.problem.tooLarge", maxItems);
    }

    /** The body cannot be read as what the endpoint expects. */
    public static ApiRequestRejected malformed(String messageCode, Object... args) {
        return new ApiRequestRejected(HttpStatus.BAD_REQUEST, messageCode, args);
    }

    public HttpStatus status() {
        return status;
    }

    public String messageCode() {
        return messageCode;
    }

    public Object[] args() {
        return args.clone();
    }
}
