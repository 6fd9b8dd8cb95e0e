package tongxing.monitoring.layoffplan;

import org.springframework.stereotype.Component;
import tongxing.platform.documents.PdfDocuments;
import tongxing.platform.region.Regions;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

/** 裁员方案指导意见书: the printable opinion on a plan, in Chinese, ID numbers masked. */
@Component
class GuidanceOpinionPdf {

    private static final DateTimeFormatter CN = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final PdfDocuments documents;
    private final Regions regions;

    GuidanceOpinionPdf(PdfDocuments documents, Regions regions) {
        this.documents = documents;
        this.regions = regions;
    }

    byte[] render(LayoffPlan plan, LayoffAssessment a) {
        StringBuilder rows = new StringBuilder();
        int n = 0;
        for (EmployeeSeverance s : a.severance()) {
            LayoffEmployee e = s.employee();
            List<String> flags = new java.util.ArrayList<>();
            e.protectedStatus().forEach(p -> flags.add("不得裁减：" + p.shortText()));
            if (e.priorityRetention()) flags.add("应优先留用");
            if (s.pre2008()) flags.add("2008年前工龄另计");
            if (s.problem() != null) flags.add(s.problem());
            rows.append("<tr><td>").append(++n).append("</td><td>").append(esc(e.name())).append("</td><td>")
                    .append(esc(e.maskedIdNumber())).append("</td><td>").append(esc(e.position())).append("</td><td>")
                    .append(e.hireDate()).append("</td><td class=\"num\">").append(LayoffRules.money(e.averageWage()))
                    .append("</td><td class=\"num\">").append(s.quote() == null ? "—" : s.quote().monthsCounted().stripTrailingZeros().toPlainString())
                    .append("</td><td class=\"num\">").append(LayoffRules.money(s.amount())).append("</td><td>")
                    .append(esc(String.join("；", flags))).append("</td></tr>");
        }
        StringBuilder findings = new StringBuilder();
        for (Finding f : a.findings()) {
            String mark = switch (f.severity()) {
                case BLOCKING -> "【不符合】";
                case WARNING -> "【提示】";
                case PASSED -> "【符合】";
            };
            findings.append("<li>").append(mark).append(esc(f.text())).append("</li>");
        }
        String conclusion = conclusion(plan, a);
        String issuer = regions.name(plan.regionCode()) + "人力资源和社会保障局";
        String html = """
                <html><head><style>
                  @page { size: A4; margin: 18mm 16mm; }
                  body { font-family: 'cjk'; font-size: 10.5pt; line-height: 1.6; color: #111; }
                  h1 { font-size: 20pt; text-align: center; letter-spacing: 4pt; margin: 0 0 4mm 0; }
                  .no { text-align: center; color: #444; margin-bottom: 6mm; }
                  h2 { font-size: 12pt; margin: 5mm 0 2mm 0; }
                  table { width: 100%%; border-collapse: collapse; font-size: 8.5pt; }
                  th, td { border: 0.5pt solid #555; padding: 1.5mm; }
                  th { background: #eee; }
                  td.num { text-align: right; }
                  .sum { font-weight: bold; }
                  .sign { margin-top: 12mm; text-align: right; }
                </style></head><body>
                <h1>裁员方案指导意见书</h1>
                <div class="no">（%s）第 %d 号</div>
                <p>%s：</p>
                <p>你单位于 %s 报告的裁减人员方案收悉。根据《中华人民共和国劳动合同法》第四十一条至第四十三条、第四十七条的规定，经审查，提出指导意见如下。</p>
                <h2>一、企业与方案基本情况</h2>
                <p>企业名称：%s；统一社会信用代码：%s；所在市县：%s。<br/>裁员理由：%s。%s<br/>职工总数：%s 人；拟裁减：%d 人；裁员日期：%s；向工会或全体职工说明情况日期：%s；向劳动行政部门报告日期：%s。</p>
                <h2>二、人数标准</h2>
                <p>%s</p>
                <h2>三、审查发现</h2>
                <ul>%s</ul>
                <h2>四、裁减人员及经济补偿（按第四十七条计算）</h2>
                <table><thead><tr><th>序号</th><th>姓名</th><th>身份证号码</th><th>岗位</th><th>入职日期</th><th>月平均工资（元）</th><th>计算月数</th><th>经济补偿（元）</th><th>提示</th></tr></thead>
                <tbody>%s</tbody></table>
                <p class="sum">经济补偿合计：%s 元；可用于支付的资金：%s 元。支付能力评估：%s。</p>
                <h2>五、结论与指导意见</h2>
                <p>%s</p>
                <p>%s</p>
                <div class="sign">%s<br/>%s</div>
                </body></html>""".formatted(
                LocalDate.now(LayoffPlans.HAINAN).getYear(), plan.id(),
                esc(plan.enterpriseName()),
                plan.submittedOn() == null ? "—" : CN.format(plan.submittedOn()),
                esc(plan.enterpriseName()), esc(plan.uscc()), esc(regions.name(plan.regionCode())),
                plan.grounds() == null ? "未填写" : esc(plan.grounds().text()),
                plan.groundsDetail() == null ? "" : "情况说明：" + esc(plan.groundsDetail()),
                plan.workforce() == null ? "—" : plan.workforce(), a.cut(), date(plan.layoffOn()), date(plan.explainedOn()),
                date(plan.reportedOn()),
                esc(a.thresholdFinding()),
                findings,
                rows,
                LayoffRules.money(a.total()), a.funds() == null ? "未填报" : LayoffRules.money(a.funds()), esc(a.abilityToPay()),
                esc(conclusion),
                !plan.reviewInForce() || plan.reviewOpinion() == null ? "" : "审查意见：" + esc(plan.reviewOpinion()),
                esc(issuer), !plan.reviewInForce() || plan.reviewedOn() == null ? "（尚未审查，仅供参考）" : CN.format(plan.reviewedOn()));
        return documents.render(html);
    }

    static String conclusion(LayoffPlan plan, LayoffAssessment a) {
        if (a.blocked())
            return "方案存在 " + a.blocking().size() + " 项不符合法律规定的问题，不予认可，请按上述审查发现整改后重新报告；"
                    + "整改前不得实施裁员。";
        if (plan.returnedForCorrection()) return "方案退回，请按审查意见修改后重新报告。";
        if (plan.status() == LayoffPlanStatus.WITHDRAWN) return "企业已撤销本方案。";
        String base = "方案符合劳动合同法关于经济性裁员的程序和人员要求，请依法实施，按时足额支付经济补偿";
        return a.fundsSufficient() ? base + "。" : base + "；" + a.abilityToPay() + "，请先落实资金来源，避免拖欠引发纠纷。";
    }

    private static String date(LocalDate d) {
        return d == null ? "未填写" : CN.format(d);
    }

    private static String esc(String s) {
        return s == null ? "" : htmlEscape(s);
    }
}
