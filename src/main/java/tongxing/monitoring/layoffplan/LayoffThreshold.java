package tongxing.monitoring.layoffplan;

/**
 * 劳动合同法 第四十一条第一款: cutting 20 or more, or fewer than 20 but 10% or more of the
 * workforce (10% exactly counts), requires 30 days' prior explanation to the union or all staff
 * and a report to the labor administration.
 */
public record LayoffThreshold(int minPeople, int minPercent) {

    public static final LayoffThreshold STATUTORY = new LayoffThreshold(20, 10);

    public boolean procedureRequired(int cut, int workforce) {
        if (cut >= minPeople) return true;
        // cut / workforce >= 10%, in integers so that 10% exactly is never lost to rounding
        return workforce > 0 && cut * 100L >= (long) workforce * minPercent;
    }

    public String finding(int cut, int workforce) {
        String share = workforce > 0 ? String.format("%.1f%%", cut * 100.0 / workforce) : "—";
        if (procedureRequired(cut, workforce))
            return "拟裁减 " + cut + " 人，占职工总数 " + workforce + " 人的 " + share + "，达到第四十一条规定的"
                    + (cut >= minPeople ? minPeople + " 人以上" : "不足 " + minPeople + " 人但占职工总数 " + minPercent + "% 以上")
                    + "，属于经济性裁员，须提前三十日向工会或者全体职工说明情况、听取意见，并向劳动行政部门报告裁减人员方案。";
        return "拟裁减 " + cut + " 人，占职工总数 " + workforce + " 人的 " + share + "，未达到第四十一条规定的人数标准（"
                + minPeople + " 人以上，或不足 " + minPeople + " 人但占 " + minPercent + "% 以上），不适用经济性裁员程序，"
                + "解除劳动合同应符合第四十条等其他规定。";
    }
}
