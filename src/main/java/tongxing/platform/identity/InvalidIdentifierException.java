package tongxing.platform.identity;

/** A code that fails its standard's checks; names the field and the reason. */
public class InvalidIdentifierException extends IllegalArgumentException {

    private final String field;

    public InvalidIdentifierException(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
