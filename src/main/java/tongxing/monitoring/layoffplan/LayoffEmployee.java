package tongxing.monitoring.layoffplan;

import tongxing.platform.crypto.Masking;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/** One employee on a plan's list (the ID number decrypted in memory, shown only masked). */
public record LayoffEmployee(long id, String name, String idNumber, String position, LocalDate hireDate,
                             BigDecimal averageWage, ContractType contractType, boolean longFixedTerm, boolean soleEarner,
                             Set<ProtectedStatus> protectedStatus) {

    public String maskedIdNumber() {
        return Masking.idNumber(idNumber);
    }

    public boolean isProtected() {
        return !protectedStatus.isEmpty();
    }

    /** 第四十一条第二款: open-ended or long fixed-term contracts, sole earners with elderly or minor dependants. */
    public boolean priorityRetention() {
        return contractType == ContractType.OPEN_ENDED || longFixedTerm || soleEarner;
    }
}
