package tongxing.demo;

import tongxing.platform.security.NewAccount;
import tongxing.platform.security.Role;
import tongxing.platform.security.UserAccounts;

import java.util.ArrayList;
import java.util.List;

/** One account per role of DESIGN.md, with a password that the README and the console show. */
final class DemoAccounts {

    static final String PASSWORD = "Tongxing@2026";
    /** The demo enterprise that the enterprise account belongs to (a valid USCC). */
    static final String DEMO_ENTERPRISE_USCC = "91460100MA5T00001L";

    record Demo(String username, String description) {
    }

    private DemoAccounts() {
    }

    static List<Demo> list() {
        return List.of(new Demo("admin", "省三方办管理员"), new Demo("union", "省总工会"), new Demo("sasac", "省国资委"),
                new Demo("fic", "省工商联"), new Demo("ec", "省企联"), new Demo("haikou", "海口市人社局"),
                new Demo("sanya", "三亚市人社局"), new Demo("yangpu", "洋浦经济开发区人社局"),
                new Demo("expert", "专家服务团队成员"), new Demo("coordinator", "劳动关系协调员"),
                new Demo("mediator", "调解组织"), new Demo("enterprise", "企业人力资源"));
    }

    static List<Demo> create(UserAccounts accounts) {
        List<Demo> created = new ArrayList<>();
        long office = accounts.organization("海南省协调劳动关系三方办公室", "TRIPARTITE_OFFICE", "460000");
        add(accounts, created, "admin", "省三方办管理员", Role.PROVINCE_ADMIN, "460000", office, null);
        add(accounts, created, "union", "省总工会", Role.PROVINCE_PARTY, "460000",
                accounts.organization("海南省总工会", "UNION", "460000"), null);
        add(accounts, created, "sasac", "省国资委", Role.PROVINCE_PARTY, "460000",
                accounts.organization("海南省国有资产监督管理委员会", "SASAC", "460000"), null);
        add(accounts, created, "fic", "省工商联", Role.PROVINCE_PARTY, "460000",
                accounts.organization("海南省工商联（总商会）", "FIC", "460000"), null);
        add(accounts, created, "ec", "省企联", Role.PROVINCE_PARTY, "460000",
                accounts.organization("海南省企业联合会/海南省企业家协会", "ENTERPRISE_CONFEDERATION", "460000"), null);
        add(accounts, created, "haikou", "海口市人社局", Role.CITY_STAFF, "460100",
                accounts.organization("海口市人力资源和社会保障局", "CITY_BUREAU", "460100"), null);
        add(accounts, created, "sanya", "三亚市人社局", Role.CITY_STAFF, "460200",
                accounts.organization("三亚市人力资源和社会保障局", "CITY_BUREAU", "460200"), null);
        add(accounts, created, "yangpu", "洋浦经济开发区人社局", Role.CITY_STAFF, "460400499",
                accounts.organization("洋浦经济开发区社会发展局", "CITY_BUREAU", "460400499"), null);
        add(accounts, created, "expert", "专家服务团队成员", Role.EXPERT, "460100",
                accounts.organization("海口市劳动关系专家服务团队", "EXPERT_TEAM", "460100"), null);
        add(accounts, created, "coordinator", "劳动关系协调员", Role.COORDINATOR, "460100", null, null);
        add(accounts, created, "mediator", "调解组织", Role.MEDIATION_ORG, "460100",
                accounts.organization("海口市龙华区劳动人事争议调解委员会", "MEDIATION_ORG", "460100"), null);
        add(accounts, created, "enterprise", "企业人力资源", Role.ENTERPRISE, "460100", null, DEMO_ENTERPRISE_USCC);
        return created;
    }

    private static void add(UserAccounts accounts, List<Demo> created, String username, String name, Role role,
                            String region, Long org, String uscc) {
        accounts.create(new NewAccount(username, name, PASSWORD, role, region, org, uscc, null, null, false));
        created.add(new Demo(username, name));
    }
}
