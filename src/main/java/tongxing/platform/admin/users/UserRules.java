package tongxing.platform.admin.users;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tongxing.platform.identity.Uscc;
import tongxing.platform.region.Regions;
import tongxing.platform.security.PasswordPolicy;
import tongxing.platform.security.Role;
import tongxing.platform.validation.ValidationException;
import tongxing.platform.validation.Violation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules of an account, each with a reason a person can act on:
 * <ul>
 *   <li>user name: 3–50 letters, digits or {@code . _ - @}, unique regardless of case;</li>
 *   <li>province roles belong to the province (460000), every other role to one city/county;</li>
 *   <li>an organization must lie in the account's region; a mediation organization account needs one;</li>
 *   <li>an enterprise account needs a valid unified social credit code (GB 32100-2015);</li>
 *   <li>the initial password, when typed, must pass {@link PasswordPolicy}.</li>
 * </ul>
 */
@Component
class UserRules {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{3,50}");
    private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Regions regions;
    private final UserDirectory directory;
    private final MessageSource messages;

    UserRules(Regions regions, UserDirectory directory, MessageSource messages) {
        this.regions = regions;
        this.directory = directory;
        this.messages = messages;
    }

    /** The account to save, or ValidationException with every broken rule. */
    ValidAccount check(UserForm f, boolean creating) {
        List<Violation> v = new ArrayList<>();
        String username = trim(f.getUsername());
        if (creating) {
            if (username == null) v.add(violation("username", "admin.user.error.required"));
            else if (!USERNAME.matcher(username).matches()) v.add(violation("username", "admin.user.error.username"));
            else if (directory.usernameTaken(username)) v.add(violation("username", "admin.user.error.usernameTaken", username));
        }
        String displayName = trim(f.getDisplayName());
        if (displayName == null) v.add(violation("displayName", "admin.user.error.required"));
        else if (displayName.length() > 50) v.add(violation("displayName", "admin.user.error.tooLong", 50));

        Role role = role(f.getRole());
        if (role == null) v.add(violation("role", f.getRole() == null || f.getRole().isBlank()
                ? "admin.user.error.required" : "admin.user.error.role"));

        String region = trim(f.getRegionCode());
        if (region == null) v.add(violation("regionCode", "admin.user.error.required"));
        else if (role != null && role.scopeKind() == Role.ScopeKind.PROVINCE && !Regions.PROVINCE.equals(region))
            v.add(violation("regionCode", "admin.user.error.provinceRegion"));
        else if (role != null && role.scopeKind() != Role.ScopeKind.PROVINCE && !regions.isCity(region))
            v.add(violation("regionCode", "admin.user.error.cityRegion"));

        String newOrgName = trim(f.getNewOrganizationName());
        OrganizationKind newOrgKind = null;
        Long organizationId = null;
        if (newOrgName != null) {
            if (newOrgName.length() > 100) v.add(violation("newOrganizationName", "admin.user.error.tooLong", 100));
            newOrgKind = kind(f.getNewOrganizationKind());
            if (newOrgKind == null) v.add(violation("newOrganizationKind", "admin.user.error.required"));
        } else if (trim(f.getOrganizationId()) != null) {
            Optional<Organization> org = parseLong(f.getOrganizationId()).flatMap(directory::organization);
            if (org.isEmpty()) v.add(violation("organizationId", "admin.user.error.organization"));
            else if (region != null && !org.get().regionCode().equals(region))
                v.add(violation("organizationId", "admin.user.error.organizationRegion", org.get().regionName(),
                        regions.name(region)));
            else organizationId = org.get().id();
        }
        if (role == Role.MEDIATION_ORG && newOrgName == null && trim(f.getOrganizationId()) == null)
            v.add(violation("organizationId", "admin.user.error.organizationRequired"));

        String uscc = null;
        if (role == Role.ENTERPRISE) {
            uscc = Uscc.normalize(trim(f.getEnterpriseUscc()));
            Optional<String> problem = Uscc.problem(uscc);
            problem.ifPresent(p -> v.add(new Violation("enterpriseUscc", p)));
        }

        String phone = trim(f.getPhone());
        if (phone != null && !PHONE.matcher(phone).matches()) v.add(violation("phone", "admin.user.error.phone"));
        String email = trim(f.getEmail());
        if (email != null && (email.length() > 100 || !EMAIL.matcher(email).matches()))
            v.add(violation("email", "admin.user.error.email"));

        String password = creating ? blankToNull(f.getInitialPassword()) : null;
        if (password != null) {
            PasswordPolicy.violation(password).ifPresent(key -> v.add(violation("initialPassword", "admin.user.error." + key)));
        }
        if (!v.isEmpty()) throw new ValidationException(v);
        return new ValidAccount(username, displayName, role, region, organizationId, newOrgName, newOrgKind, uscc, phone,
                email, password);
    }

    private Violation violation(String field, String key, Object... args) {
        return new Violation(field, messages.getMessage(key, args, LocaleContextHolder.getLocale()));
    }

    private static Role role(String value) {
        try {
            return value == null || value.isBlank() ? null : Role.valueOf(value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static OrganizationKind kind(String value) {
        try {
            return value == null || value.isBlank() ? null : OrganizationKind.valueOf(value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Optional<Long> parseLong(String value) {
        try {
            return Optional.of(Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** Passwords are taken as typed: leading or trailing spaces are part of them. */
    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
