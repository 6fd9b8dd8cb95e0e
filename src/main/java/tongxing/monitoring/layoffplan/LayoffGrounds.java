package tongxing.monitoring.layoffplan;

import java.util.Arrays;
import java.util.Optional;

/** The only grounds on which an employer may lay off staff economically (劳动合同法 第四十一条第一款). */
public enum LayoffGrounds {
    /** 第（一）项. */
    REORGANIZATION("依照企业破产法规定进行重整"),
    /** 第（二）项. */
    SERIOUS_DIFFICULTY("生产经营发生严重困难"),
    /** 第（三）项. */
    RESTRUCTURING("企业转产、重大技术革新或者经营方式调整，经变更劳动合同后，仍需裁减人员"),
    /** 第（四）项. */
    ECONOMIC_CHANGE("其他因劳动合同订立时所依据的客观经济情况发生重大变化，致使劳动合同无法履行");

    private final String text;

    LayoffGrounds(String text) {
        this.text = text;
    }

    /** The words of the law, in Chinese (the guidance opinion, stored records). */
    public String text() {
        return text;
    }

    /** The bundle key of the words shown on screen. */
    public String labelKey() {
        return "casework.layoff.grounds." + name();
    }

    public static Optional<LayoffGrounds> parse(String code) {
        return Arrays.stream(values()).filter(g -> g.name().equals(code)).findFirst();
    }
}
