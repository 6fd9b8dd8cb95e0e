package tongxing.enterprise;

import org.springframework.stereotype.Component;
import tongxing.platform.i18n.Texts;
import tongxing.platform.identity.Uscc;
import tongxing.platform.industry.Industries;
import tongxing.platform.ownership.OwnershipTypes;
import tongxing.platform.region.Regions;
import tongxing.platform.validation.Violation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules an enterprise record must meet, shared by the form, the import and the API. Each
 * violation names the field (as the form and the API name it) and the reason in the current language
 * (Chinese during an import, whose report is stored and shared).
 */
@Component
public class EnterpriseValidation {

    private static final List<EnterpriseStatus> STATUSES = List.of(EnterpriseStatus.values());
    private static final BigDecimal AMOUNT_MAX = new BigDecimal("999999999999");
    private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}");

    private final Regions regions;
    private final Industries industries;
    private final OwnershipTypes ownershipTypes;
    private final Texts texts;

    EnterpriseValidation(Regions regions, Industries industries, OwnershipTypes ownershipTypes, Texts texts) {
        this.texts = texts;
        this.regions = regions;
        this.industries = industries;
        this.ownershipTypes = ownershipTypes;
    }

    public List<Violation> check(EnterpriseData d) {
        List<Violation> v = new ArrayList<>();
        Uscc.problem(d.uscc()).ifPresent(reason -> v.add(new Violation("uscc", reason)));
        if (d.name() == null || d.name().isBlank()) v.add(violation("name", "enterprise.error.nameRequired"));
        else if (d.name().length() > 200) v.add(violation("name", "enterprise.error.nameTooLong"));
        if (d.regionCode() == null || d.regionCode().isBlank()) v.add(violation("regionCode", "enterprise.error.regionRequired"));
        else if (!regions.isCity(d.regionCode())) v.add(violation("regionCode", "enterprise.error.regionUnknown", d.regionCode()));
        if (d.industryCode() == null || d.industryCode().isBlank()) v.add(violation("industryCode", "enterprise.error.industryRequired"));
        else if (industries.findAssignable(d.industryCode()).isEmpty())
            v.add(violation("industryCode", "enterprise.error.industryUnknown", d.industryCode()));
        if (d.ownershipCode() != null && !d.ownershipCode().isBlank() && ownershipTypes.find(d.ownershipCode()).isEmpty())
            v.add(violation("ownershipCode", "enterprise.error.ownershipUnknown", d.ownershipCode()));
        if (d.employees() != null && d.employees() < 0) v.add(violation("employees", "enterprise.error.employeesNegative"));
        if (d.employees() != null && d.employees() > 2_000_000) v.add(violation("employees", "enterprise.error.employeesTooMany"));
        amount(v, "revenue", d.revenue());
        amount(v, "assets", d.assets());
        if (d.contactPhone() != null && !d.contactPhone().isBlank() && !PHONE.matcher(d.contactPhone().trim()).matches())
            v.add(violation("contactPhone", "enterprise.error.contactPhone"));
        if (d.establishedOn() != null && d.establishedOn().isAfter(LocalDate.now()))
            v.add(violation("establishedOn", "enterprise.error.establishedOnFuture"));
        if (!isStatus(d.status())) v.add(violation("status", "enterprise.error.status"));
        if (d.tags().size() > 10) v.add(violation("tags", "enterprise.error.tooManyTags"));
        if (d.tags().stream().anyMatch(t -> t.length() > 20)) v.add(violation("tags", "enterprise.error.tagTooLong"));
        if (d.legalRepresentative() != null && d.legalRepresentative().length() > 50)
            v.add(violation("legalRepresentative", "enterprise.error.legalRepresentativeTooLong"));
        if (d.contactPerson() != null && d.contactPerson().length() > 50)
            v.add(violation("contactPerson", "enterprise.error.contactPersonTooLong"));
        if (d.address() != null && d.address().length() > 200) v.add(violation("address", "enterprise.error.addressTooLong"));
        return v;
    }

    private static boolean isStatus(String status) {
        for (EnterpriseStatus s : STATUSES) { // per row of an import: a loop, no stream
            if (s.name().equals(status)) return true;
        }
        return false;
    }

    /** Revenue and assets: not negative, not beyond any real enterprise (keys enterprise.error.revenueNegative, …). */
    private void amount(List<Violation> v, String field, BigDecimal value) {
        if (value == null) return;
        if (value.signum() < 0) v.add(violation(field, "enterprise.error." + field + "Negative"));
        else if (value.compareTo(AMOUNT_MAX) > 0) v.add(violation(field, "enterprise.error." + field + "TooLarge"));
    }

    private Violation violation(String field, String key, Object... args) {
        return new Violation(field, texts.get(key, args));
    }
}
