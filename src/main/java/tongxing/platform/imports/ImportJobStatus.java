package tongxing.platform.imports;

/** Where an import job stands. Only a VALIDATED job can be committed or cancelled, and only once. */
public enum ImportJobStatus {
    /** The file is being read (inside the upload's transaction; never seen by others). */
    VALIDATING,
    /** Every row checked; waiting for the user to commit the valid rows or cancel. */
    VALIDATED,
    COMMITTED,
    CANCELLED,
    /** The commit failed and was rolled back as a whole; the message says why. */
    FAILED
}
