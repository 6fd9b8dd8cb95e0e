package tongxing.monitoring.layoffplan;

import org.springframework.format.annotation.DateTimeFormat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** One employee row typed on the plan page. */
public class EmployeeForm {
    private String name;
    private String idNumber;
    private String position;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate hireDate;
    private BigDecimal averageWage;
    private ContractType contractType = ContractType.FIXED_TERM;
    private boolean longFixedTerm;
    private boolean soleEarner;
    private List<ProtectedStatus> protectedStatus = new ArrayList<>();

    EmployeeData data() {
        Set<ProtectedStatus> p = EnumSet.noneOf(ProtectedStatus.class);
        if (protectedStatus != null) p.addAll(protectedStatus);
        return new EmployeeData(name == null ? null : name.trim(), idNumber == null ? null : idNumber.trim().toUpperCase(),
                position, hireDate, averageWage, contractType, longFixedTerm, soleEarner, p);
    }

    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getIdNumber() { return idNumber; }
    public void setIdNumber(String v) { idNumber = v; }
    public String getPosition() { return position; }
    public void setPosition(String v) { position = v; }
    public LocalDate getHireDate() { return hireDate; }
    public void setHireDate(LocalDate v) { hireDate = v; }
    public BigDecimal getAverageWage() { return averageWage; }
    public void setAverageWage(BigDecimal v) { averageWage = v; }
    public ContractType getContractType() { return contractType; }
    public void setContractType(ContractType v) { contractType = v; }
    public boolean isLongFixedTerm() { return longFixedTerm; }
    public void setLongFixedTerm(boolean v) { longFixedTerm = v; }
    public boolean isSoleEarner() { return soleEarner; }
    public void setSoleEarner(boolean v) { soleEarner = v; }
    public List<ProtectedStatus> getProtectedStatus() { return protectedStatus; }
    public void setProtectedStatus(List<ProtectedStatus> v) { protectedStatus = v; }
}
