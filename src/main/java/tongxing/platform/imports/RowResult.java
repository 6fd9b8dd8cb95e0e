package tongxing.platform.imports;

import tongxing.platform.validation.Violation;

import java.util.List;

/** One row of an import file: either a value ready to save, or every reason why it is not. */
public sealed interface RowResult<T> {

    record Valid<T>(T value) implements RowResult<T> {
    }

    record Invalid<T>(List<Violation> violations) implements RowResult<T> {
        public Invalid {
            if (violations.isEmpty()) throw new IllegalArgumentException("an invalid row needs a reason");
            violations = List.copyOf(violations);
        }
    }

    static <T> RowResult<T> valid(T value) {
        return new Valid<>(value);
    }

    static <T> RowResult<T> invalid(List<Violation> violations) {
        return new Invalid<>(violations);
    }
}
