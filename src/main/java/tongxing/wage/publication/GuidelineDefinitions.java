package tongxing.wage.publication;

/** The sentences every publication carries: how the figures were computed and why some are missing. */
public final class GuidelineDefinitions {

    public static final String PERCENTILE = "分位值采用线性插值法（percentile_cont，Hyndman–Fan 第7类）：将年工资由低到高排序，"
            + "第p分位值取第 1+p×(n−1) 位，落在两位之间时按比例插值；均值为算术平均；金额单位为元/年。";
    public static final String SUPPRESSION = "样本企业少于%d家、职工少于%d人，或单个企业职工占比超过%s%%的单元不予公布（显示为“不予公布”）。";

    private GuidelineDefinitions() {
    }
}
