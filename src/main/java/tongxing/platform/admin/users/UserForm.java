package tongxing.platform.admin.users;

/**
 * The account form exactly as typed, so that it comes back unchanged next to the errors. Role
 * and organization stay strings until validated.
 */
public class UserForm {

    private String username;
    private String displayName;
    private String role;
    private String regionCode;
    private String organizationId;
    private String newOrganizationName;
    private String newOrganizationKind;
    private String enterpriseUscc;
    private String phone;
    private String email;
    private String initialPassword;
    private Integer version;

    public String getUsername() { return username; }
    public void setUsername(String v) { username = v; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String v) { displayName = v; }
    public String getRole() { return role; }
    public void setRole(String v) { role = v; }
    public String getRegionCode() { return regionCode; }
    public void setRegionCode(String v) { regionCode = v; }
    public String getOrganizationId() { return organizationId; }
    public void setOrganizationId(String v) { organizationId = v; }
    public String getNewOrganizationName() { return newOrganizationName; }
    public void setNewOrganizationName(String v) { newOrganizationName = v; }
    public String getNewOrganizationKind() { return newOrganizationKind; }
    public void setNewOrganizationKind(String v) { newOrganizationKind = v; }
    public String getEnterpriseUscc() { return enterpriseUscc; }
    public void setEnterpriseUscc(String v) { enterpriseUscc = v; }
    public String getPhone() { return phone; }
    public void setPhone(String v) { phone = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; }
    public String getInitialPassword() { return initialPassword; }
    public void setInitialPassword(String v) { initialPassword = v; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer v) { version = v; }

    /** The edit form of an existing account (the phone is not shown: typing a new one replaces it). */
    static UserForm of(UserRow u) {
        UserForm f = new UserForm();
        f.username = u.username();
        f.displayName = u.displayName();
        f.role = u.role().name();
        f.regionCode = u.regionCode();
        f.organizationId = u.organizationId() == null ? "" : String.valueOf(u.organizationId());
        f.enterpriseUscc = u.enterpriseUscc();
        f.email = u.email();
        f.version = u.version();
        return f;
    }
}
