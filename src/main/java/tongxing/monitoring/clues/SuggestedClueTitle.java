package tongxing.monitoring.clues;

/**
 * A clue title to start from, taken from a signal's explanation in the reader's language: its
 * first clause ("当月发生集体劳动争议 1 件（劳动者 10 人以上）"), never split inside brackets; when that is
 * too long, what comes before its first bracket; else its beginning and an ellipsis, never a
 * sentence cut without saying so. "Too long" is a width: a Chinese character counts as two
 * Latin ones, so that a title of either language fills about the same space.
 */
public final class SuggestedClueTitle {

    /** 40 Chinese characters, 80 Latin ones. */
    static final int MAX_WIDTH = 80;

    private SuggestedClueTitle() {
    }

    public static String from(String reason) {
        String r = reason == null ? "" : reason.strip();
        int clauseEnd = r.length();
        int firstBracket = -1;
        int depth = 0;
        for (int i = 0; i < r.length(); i++) {
            char c = r.charAt(i);
            if (c == '（' || c == '(') {
                if (depth++ == 0 && firstBracket < 0) firstBracket = i;
            } else if (c == '）' || c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && "，；。,;".indexOf(c) >= 0) {
                clauseEnd = i;
                break;
            }
        }
        String clause = r.substring(0, clauseEnd).strip();
        if (width(clause) <= MAX_WIDTH) return clause;
        if (firstBracket > 0) {
            String before = r.substring(0, firstBracket).strip();
            if (width(before) <= MAX_WIDTH) return before;
        }
        return cut(clause, MAX_WIDTH - 2) + "…";
    }

    private static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) w += s.charAt(i) < 0x2E80 ? 1 : 2;
        return w;
    }

    private static String cut(String s, int maxWidth) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += s.charAt(i) < 0x2E80 ? 1 : 2;
            if (w > maxWidth) return s.substring(0, i);
        }
        return s;
    }
}
