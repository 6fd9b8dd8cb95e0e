package tongxing.monitoring.layoffplan;

import org.springframework.format.annotation.DateTimeFormat;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The plan header form as typed, so that nothing is lost when it comes back with errors. */
public class PlanForm {
    private String uscc;
    private String grounds;
    private String groundsDetail;
    private Integer workforce;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate layoffOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate explainedOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate reportedOn;
    private BigDecimal fundsAvailable;
    private String positions;
    private int version;

    static PlanForm of(LayoffPlan p) {
        PlanForm f = new PlanForm();
        f.uscc = p.uscc();
        f.grounds = p.grounds() == null ? null : p.grounds().name();
        f.groundsDetail = p.groundsDetail();
        f.workforce = p.workforce();
        f.layoffOn = p.layoffOn();
        f.explainedOn = p.explainedOn();
        f.reportedOn = p.reportedOn();
        f.fundsAvailable = p.fundsAvailable();
        f.positions = p.positions();
        f.version = p.version();
        return f;
    }

    PlanData data() {
        return new PlanData(uscc, grounds, groundsDetail, workforce, layoffOn, explainedOn, reportedOn, fundsAvailable, positions);
    }

    public String getUscc() { return uscc; }
    public void setUscc(String v) { uscc = v; }
    public String getGrounds() { return grounds; }
    public void setGrounds(String v) { grounds = v; }
    public String getGroundsDetail() { return groundsDetail; }
    public void setGroundsDetail(String v) { groundsDetail = v; }
    public Integer getWorkforce() { return workforce; }
    public void setWorkforce(Integer v) { workforce = v; }
    public LocalDate getLayoffOn() { return layoffOn; }
    public void setLayoffOn(LocalDate v) { layoffOn = v; }
    public LocalDate getExplainedOn() { return explainedOn; }
    public void setExplainedOn(LocalDate v) { explainedOn = v; }
    public LocalDate getReportedOn() { return reportedOn; }
    public void setReportedOn(LocalDate v) { reportedOn = v; }
    public BigDecimal getFundsAvailable() { return fundsAvailable; }
    public void setFundsAvailable(BigDecimal v) { fundsAvailable = v; }
    public String getPositions() { return positions; }
    public void setPositions(String v) { positions = v; }
    public int getVersion() { return version; }
    public void setVersion(int v) { version = v; }
}
