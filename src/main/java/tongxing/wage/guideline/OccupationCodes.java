package tongxing.wage.guideline;

import java.util.ArrayList;
import java.util.List;

/**
 * Occupation codes of the 2022 classification (职业分类大典): 大类 "2", 中类 "2-02", 小类 "2-02-01",
 * 细类 "2-02-01-01". The level and the ancestors of a code follow from the code itself; "*"
 * stands for all occupations.
 */
public final class OccupationCodes {

    public static final String ALL = "*";

    private OccupationCodes() {
    }

    public static int level(String code) {
        if (code == null || code.isEmpty() || ALL.equals(code)) return 0;
        return code.split("-").length;
    }

    /** "*", then the code's ancestors from the major group down to the code itself. */
    public static List<String> selfAndAncestors(String code) {
        List<String> out = new ArrayList<>();
        out.add(ALL);
        String[] parts = code.split("-");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) sb.append('-');
            sb.append(parts[i]);
            out.add(sb.toString());
        }
        return out;
    }
}
