package tongxing.wage.occupation;

import java.util.regex.Pattern;

/**
 * The shape of a code of the 2022 classification: 大类 "2", 中类 "2-02", 小类 "2-02-01", 细类
 * "2-02-01-01". Level and parent follow from the code (as V104's checks on wage_occupation say).
 */
final class OccupationCodeFormat {

    static final int MAX_NAME = 100;
    private static final Pattern CODE = Pattern.compile("[1-8](-[0-9]{2}){0,3}");

    private OccupationCodeFormat() {
    }

    static boolean isWellFormed(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    /** 1 for "2", 4 for "2-02-01-01"; the code must be well formed. */
    static int level(String code) {
        return (code.length() + 2) / 3;
    }

    /** "2-02-01" for "2-02-01-01", null for a major group. */
    static String parent(String code) {
        int cut = code.lastIndexOf('-');
        return cut < 0 ? null : code.substring(0, cut);
    }
}
