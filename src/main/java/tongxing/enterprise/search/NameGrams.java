package tongxing.enterprise.search;

import java.util.Arrays;

/**
 * The codes of a name's character bigrams that the registry stores beside the name
 * ({@code enterprise.name_grams}, V107) and its name search looks up: each pair of adjacent
 * characters of the lower-cased name as {@code (first << 16) + second}, wrapped to 32 bits,
 * distinct and sorted. The database function {@code enterprise_name_grams} computes the same
 * codes for rows written by SQL alone.
 */
public final class NameGrams {

    private NameGrams() {
    }

    public static int[] of(String name) {
        if (name == null) return new int[0];
        int[] chars = name.codePoints().map(Character::toLowerCase).toArray();
        if (chars.length < 2) return new int[0];
        int[] codes = new int[chars.length - 1];
        for (int i = 0; i < codes.length; i++) codes[i] = (chars[i] << 16) + chars[i + 1];
        Arrays.sort(codes);
        int distinct = 0;
        for (int i = 0; i < codes.length; i++) {
            if (i == 0 || codes[i] != codes[i - 1]) codes[distinct++] = codes[i];
        }
        return distinct == codes.length ? codes : Arrays.copyOf(codes, distinct);
    }

    /** The codes as a PostgreSQL array literal, e.g. {@code {6357090,6422625}}. */
    public static String literal(String name) {
        int[] codes = of(name);
        StringBuilder b = new StringBuilder(2 + codes.length * 11).append('{');
        for (int i = 0; i < codes.length; i++) {
            if (i > 0) b.append(',');
            b.append(codes[i]);
        }
        return b.append('}').toString();
    }
}
