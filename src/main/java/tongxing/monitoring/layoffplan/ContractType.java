package tongxing.monitoring.layoffplan;

import java.util.Arrays;
import java.util.Optional;

/** 劳动合同期限类型 (劳动合同法 第十二条). */
public enum ContractType {
    FIXED_TERM("固定期限"), OPEN_ENDED("无固定期限"), TASK("以完成一定工作任务为期限");

    private final String text;

    ContractType(String text) {
        this.text = text;
    }

    /** The Chinese words, as typed in the import file and printed in the guidance opinion. */
    public String text() {
        return text;
    }

    /** The bundle key of the words shown on screen. */
    public String labelKey() {
        return "casework.layoff.contract." + name();
    }

    /** A code or the Chinese words, as people type them in Excel. */
    public static Optional<ContractType> parse(String s) {
        if (s == null) return Optional.empty();
        String t = s.trim();
        return Arrays.stream(values()).filter(c -> c.name().equalsIgnoreCase(t) || c.text.equals(t)
                || (c == FIXED_TERM && t.equals("固定期限劳动合同")) || (c == OPEN_ENDED && t.equals("无固定期限劳动合同"))).findFirst();
    }
}
