package tongxing.platform.imports;

/**
 * The commit could not start now, and nothing was changed: e.g. the data it writes into is busy.
 * Unlike any other failure of a commit, the job stays VALIDATED with its stage and its file, so
 * that the user can simply commit again a little later; the user reads the message.
 */
public class ImportRetryLater extends ImportProblem {

    public ImportRetryLater(Throwable cause, String messageKey, Object... args) {
        super(cause, messageKey, args);
    }
}
