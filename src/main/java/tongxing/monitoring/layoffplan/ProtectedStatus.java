package tongxing.monitoring.layoffplan;

import java.util.Arrays;
import java.util.Optional;

/** Employees who may not be laid off under art. 40 or 41 (劳动合同法 第四十二条). */
public enum ProtectedStatus {
    /** 第（一）项. */
    OCCUPATIONAL_EXPOSURE("从事接触职业病危害作业未进行离岗前职业健康检查，或者疑似职业病病人在诊断或者医学观察期间"),
    /** 第（二）项. */
    WORK_INJURY("在本单位患职业病或者因工负伤并被确认丧失或者部分丧失劳动能力"),
    /** 第（三）项. */
    MEDICAL_PERIOD("患病或者非因工负伤，在规定的医疗期内"),
    /** 第（四）项. */
    PREGNANCY("女职工在孕期、产期、哺乳期"),
    /** 第（五）项. */
    LONG_SERVICE("在本单位连续工作满十五年，且距法定退休年龄不足五年"),
    /** 第（六）项. */
    OTHER_LAW("法律、行政法规规定的其他情形");

    private final String text;

    ProtectedStatus(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    /** The bundle key of the words of the law shown on screen. */
    public String labelKey() {
        return "casework.layoff.protected." + name();
    }

    /** The bundle key of the short words shown on screen. */
    public String shortKey() {
        return "casework.layoff.protectedShort." + name();
    }

    /** The short Chinese words, as typed in the import file and printed in the guidance opinion. */
    public String shortText() {
        return switch (this) {
            case OCCUPATIONAL_EXPOSURE -> "职业病危害未离岗体检/疑似职业病";
            case WORK_INJURY -> "职业病或工伤致丧失劳动能力";
            case MEDICAL_PERIOD -> "医疗期内";
            case PREGNANCY -> "孕期、产期、哺乳期";
            case LONG_SERVICE -> "连续工作满15年且距退休不足5年";
            case OTHER_LAW -> "法律法规规定的其他情形";
        };
    }

    public static Optional<ProtectedStatus> parse(String s) {
        if (s == null) return Optional.empty();
        String t = s.trim();
        return Arrays.stream(values()).filter(p -> p.name().equalsIgnoreCase(t) || p.shortText().equals(t) || p.text.equals(t))
                .findFirst();
    }
}
