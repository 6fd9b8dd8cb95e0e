package tongxing.platform.admin.apikeys;

import java.util.ArrayList;
import java.util.List;

/** The issue form as typed. */
public class ApiKeyForm {

    private String name;
    private String regionCode;
    private List<String> permissions = new ArrayList<>();

    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getRegionCode() { return regionCode; }
    public void setRegionCode(String v) { regionCode = v; }
    public List<String> getPermissions() { return permissions; }
    public void setPermissions(List<String> v) { permissions = v == null ? new ArrayList<>() : v; }
}
