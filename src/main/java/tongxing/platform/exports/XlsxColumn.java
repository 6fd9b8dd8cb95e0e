package tongxing.platform.exports;

import java.util.function.Function;

/**
 * One column of an Excel export: its header as the user reads it, how a row gives the cell
 * value (text, number, date, date-time, boolean; null leaves the cell empty), and its width in
 * characters.
 */
public record XlsxColumn<T>(String header, Function<? super T, ?> value, double width) {

    private static final double DEFAULT_WIDTH = 14;

    public static <T> XlsxColumn<T> of(String header, Function<? super T, ?> value) {
        return new XlsxColumn<>(header, value, DEFAULT_WIDTH);
    }

    public XlsxColumn<T> width(double characters) {
        return new XlsxColumn<>(header, value, characters);
    }
}
