package tongxing.platform.web;

import org.springframework.stereotype.Component;
import tongxing.platform.security.Role;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static tongxing.platform.security.Role.*;

/**
 * The left menu per role: only what the role may use. The programs not built yet are shown as
 * placeholders so that users see the whole plan.
 */
@Component
public class Menu {

    private static final Set<Role> STAFF = EnumSet.of(PROVINCE_ADMIN, PROVINCE_PARTY, CITY_STAFF);

    public List<MenuItem> forRole(Role role) {
        List<MenuItem> items = new ArrayList<>();
        items.add(MenuItem.link("menu.home", "/", "house"));
        if (STAFF.contains(role) || role == EXPERT || role == COORDINATOR) {
            items.add(MenuItem.link("menu.enterprises", "/enterprises", "building"));
        }
        if (role == ENTERPRISE) {
            items.add(MenuItem.link("menu.myEnterprise", "/enterprises/mine", "building"));
        }
        List<MenuItem> programs = new ArrayList<>();
        if (STAFF.contains(role) || role == COORDINATOR) programs.add(MenuItem.link("program.1", "/coordinators", "people"));
        if (STAFF.contains(role)) programs.add(MenuItem.placeholder("program.2", "/programs/socialorg", "diagram-3"));
        if (STAFF.contains(role) || role == MEDIATION_ORG) programs.add(MenuItem.placeholder("program.3", "/programs/mediation", "chat-square-text"));
        if (STAFF.contains(role) || role == ENTERPRISE) programs.add(MenuItem.placeholder("program.4", "/programs/cultivation", "award"));
        if (STAFF.contains(role) || role == EXPERT) programs.add(MenuItem.placeholder("program.5", "/programs/newenterprise", "shop"));
        if (STAFF.contains(role) || role == ENTERPRISE) programs.add(MenuItem.link("program.6", "/monitoring", "graph-down"));
        if (STAFF.contains(role) || role == ENTERPRISE) programs.add(MenuItem.link("program.7", "/wage", "cash-stack"));
        if (STAFF.contains(role)) programs.add(MenuItem.placeholder("program.plan", "/programs/plan", "clipboard-data"));
        items.add(MenuItem.group("menu.programs", "grid", programs));
        if (STAFF.contains(role) || role == EXPERT) items.add(MenuItem.link("menu.selection", "/selection/campaigns", "award"));
        items.add(MenuItem.group("menu.tools", "tools", List.of(MenuItem.link("menu.tools.severance", "/tools/severance", "calculator"))));
        if (STAFF.contains(role)) {
            items.add(MenuItem.link("menu.imports", "/imports", "upload"));
        }
        if (role == PROVINCE_ADMIN) {
            items.add(MenuItem.group("menu.admin", "gear", List.of(
                    MenuItem.link("menu.users", "/admin/users", "person-gear"),
                    MenuItem.link("menu.apiKeys", "/admin/api-keys", "key"),
                    MenuItem.link("menu.audit", "/admin/audit", "journal-text"))));
        }
        return items;
    }
}
