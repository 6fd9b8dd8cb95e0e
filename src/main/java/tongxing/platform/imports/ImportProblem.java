package tongxing.platform.imports;

/**
 * The import cannot go on: the file as a whole is unusable (wrong format, a required column
 * missing, no data) or the job is not in a state for what was asked. Nothing is kept or changed,
 * and the user reads the message (a key of messages/imports.properties with its arguments).
 */
public class ImportProblem extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public ImportProblem(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args;
    }

    public ImportProblem(Throwable cause, String messageKey, Object... args) {
        super(messageKey, cause);
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
