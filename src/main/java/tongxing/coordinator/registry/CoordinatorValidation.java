package tongxing.coordinator.registry;

import org.springframework.stereotype.Component;
import tongxing.coordinator.WorkplaceType;
import tongxing.enterprise.EnterpriseRegistry;
import tongxing.platform.i18n.Texts;
import tongxing.platform.identity.ResidentIdNumber;
import tongxing.platform.identity.Uscc;
import tongxing.platform.region.Regions;
import tongxing.platform.security.Scope;
import tongxing.platform.validation.Violation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules a coordinator record must follow, each with the reason a person reads next to the
 * field. Field names are the form's; the import maps them to its columns.
 */
@Component
public class CoordinatorValidation {

    private static final Pattern PHONE = Pattern.compile("1\\d{10}|0\\d{2,3}-?\\d{7,8}");

    private final Regions regions;
    private final EnterpriseRegistry enterprises;
    private final Texts texts;

    CoordinatorValidation(Regions regions, EnterpriseRegistry enterprises, Texts texts) {
        this.regions = regions;
        this.enterprises = enterprises;
        this.texts = texts;
    }

    public List<Violation> check(CoordinatorData d, Scope scope) {
        List<Violation> v = new ArrayList<>();
        if (d.name() == null) v.add(new Violation("name", texts.get("coordinator.error.nameRequired")));
        else if (d.name().length() > 50) v.add(new Violation("name", texts.get("coordinator.error.nameTooLong")));
        ResidentIdNumber.problem(d.idNumber()).ifPresent(p -> v.add(new Violation("idNumber", p)));
        if (d.phone() != null && !PHONE.matcher(d.phone()).matches())
            v.add(new Violation("phone", texts.get("coordinator.error.phone", d.phone())));
        if (d.regionCode() == null) v.add(new Violation("regionCode", texts.get("coordinator.error.regionRequired")));
        else if (!regions.isCity(d.regionCode())) v.add(new Violation("regionCode", texts.get("coordinator.error.region", d.regionCode())));
        if (d.workplaceType() == null) v.add(new Violation("workplaceType", texts.get("coordinator.error.workplaceRequired")));
        else if (d.workplaceType() == WorkplaceType.ENTERPRISE) checkEnterprise(d.enterpriseUscc(), scope, v);
        else if (d.postName() == null) v.add(new Violation("postName", texts.get("coordinator.error.postRequired")));
        if (d.postName() != null && d.postName().length() > 100) v.add(new Violation("postName", texts.get("coordinator.error.postTooLong")));
        checkCertificate(d, v);
        if (d.appointedOn() == null) v.add(new Violation("appointedOn", texts.get("coordinator.error.appointedRequired")));
        else if (d.appointedOn().isAfter(LocalDate.now())) v.add(new Violation("appointedOn", texts.get("coordinator.error.appointedFuture")));
        return v;
    }

    private void checkEnterprise(String uscc, Scope scope, List<Violation> v) {
        if (uscc == null) {
            v.add(new Violation("enterpriseUscc", texts.get("coordinator.error.usccRequired")));
            return;
        }
        var problem = Uscc.problem(uscc);
        if (problem.isPresent()) v.add(new Violation("enterpriseUscc", problem.get()));
        else if (enterprises.find(scope, uscc).isEmpty())
            v.add(new Violation("enterpriseUscc", texts.get("coordinator.error.usccUnknown", uscc)));
    }

    private void checkCertificate(CoordinatorData d, List<Violation> v) {
        boolean anyCertificate = d.certificateNo() != null || d.certificateDate() != null || d.certificateBody() != null;
        if (d.skillLevel() == null) {
            if (anyCertificate) v.add(new Violation("skillLevel", texts.get("coordinator.error.levelMissing")));
            return;
        }
        if (d.certificateNo() == null) v.add(new Violation("certificateNo", texts.get("coordinator.error.certNoRequired")));
        else if (d.certificateNo().length() > 50) v.add(new Violation("certificateNo", texts.get("coordinator.error.certNoTooLong")));
        if (d.certificateDate() == null) v.add(new Violation("certificateDate", texts.get("coordinator.error.certDateRequired")));
        else if (d.certificateDate().isAfter(LocalDate.now())) v.add(new Violation("certificateDate", texts.get("coordinator.error.certDateFuture")));
        if (d.certificateBody() != null && d.certificateBody().length() > 100)
            v.add(new Violation("certificateBody", texts.get("coordinator.error.certBodyTooLong")));
    }
}
