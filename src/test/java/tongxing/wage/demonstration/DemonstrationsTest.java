package tongxing.wage.demonstration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tongxing.TongxingTest;
import tongxing.enterprise.EnterpriseRegistry;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.Scope;
import tongxing.platform.validation.ValidationException;
import tongxing.platform.web.NotFoundException;
import tongxing.support.Logins;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tongxing.support.TestEnterprises.anEnterprise;

/** 薪酬分配制度改革示范: SASAC manages the SOE ones, the federation of industry and commerce the private ones, the office both. */
@TongxingTest
@AutoConfigureMockMvc
class DemonstrationsTest {

    private static final AtomicInteger YEARS = new AtomicInteger(2030);
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired EnterpriseRegistry registry;
    @Autowired Demonstrations demonstrations;
    @Autowired Attachments attachments;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void logout() {
        Logins.clear();
    }

    String enterprise(String region, String ownership) {
        Logins.runAs(users, "admin");
        String uscc = registry.create(Scope.province(), anEnterprise().inRegion(region).withOwnership(ownership).build(), "test").uscc();
        Logins.clear();
        return uscc;
    }

    DemonstrationForm form(int year, String kind, String uscc) {
        DemonstrationForm f = new DemonstrationForm();
        f.setYear(year);
        f.setKind(kind);
        f.setUscc(uscc);
        f.setTitle("岗位绩效工资制度改革");
        f.setPractice("以岗定薪、以绩定奖，建立工资正常增长机制。");
        return f;
    }

    long create(String user, DemonstrationForm f) {
        Logins.runAs(users, user);
        return demonstrations.create(CurrentUser.require(), f);
    }

    @Test
    void sasac_manages_soe_demonstrations_and_fic_private_ones_but_not_each_others() {
        int year = YEARS.getAndIncrement();
        String soe = enterprise("460100", "151");
        String soe2 = enterprise("460100", "110");
        String pri = enterprise("460200", "170");
        String pri2 = enterprise("460200", "159");

        assertThat(create("sasac", form(year, "SOE", soe))).isPositive();
        assertThatThrownBy(() -> create("sasac", form(year, "PRIVATE", pri))).isInstanceOf(AccessDeniedException.class);
        assertThat(create("fic", form(year, "PRIVATE", pri))).isPositive();
        assertThatThrownBy(() -> create("fic", form(year, "SOE", soe2))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> create("union", form(year, "PRIVATE", pri2))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> create("haikou", form(year, "SOE", soe2))).isInstanceOf(AccessDeniedException.class);
        assertThat(create("admin", form(year, "SOE", soe2))).isPositive();
        assertThat(create("admin", form(year, "PRIVATE", pri2))).isPositive();

        assertThat(demonstrations.counts(year)).containsEntry(DemonstrationKind.SOE, 2L).containsEntry(DemonstrationKind.PRIVATE, 2L);
    }

    @Test
    void an_soe_demonstration_needs_a_state_owned_enterprise_and_a_private_one_a_domestic_non_state_one() {
        int year = YEARS.getAndIncrement();
        assertThatThrownBy(() -> create("admin", form(year, "SOE", enterprise("460100", "159"))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("不是国有企业");
        assertThatThrownBy(() -> create("admin", form(year, "PRIVATE", enterprise("460100", "151"))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("属国有企业");
        assertThatThrownBy(() -> create("admin", form(year, "PRIVATE", enterprise("460100", "330"))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("外商投资企业不属于民营企业");
        String pri = enterprise("460100", "170");
        create("admin", form(year, "PRIVATE", pri));
        assertThatThrownBy(() -> create("admin", form(year, "PRIVATE", pri)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("已是 " + year + " 年度的示范企业");
    }

    @Test
    void attachments_are_checked_by_content_and_size_and_download_as_uploaded() throws Exception {
        long id = create("sasac", form(YEARS.getAndIncrement(), "SOE", enterprise("460100", "151")));
        CurrentUser sasac = CurrentUser.require();

        byte[] exe = Arrays.copyOf("MZ\u0090\u0000fake".getBytes(StandardCharsets.ISO_8859_1), 64);
        assertThatThrownBy(() -> attachments.upload(sasac, id, "做法.pdf", new ByteArrayInputStream(exe)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("内容不是 PDF");
        assertThatThrownBy(() -> attachments.upload(sasac, id, "做法.docx", new ByteArrayInputStream(PDF)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("只接受 PDF、JPG、PNG");
        byte[] big = Arrays.copyOf(PDF, (int) AttachmentType.MAX_BYTES + 1);
        assertThatThrownBy(() -> attachments.upload(sasac, id, "大文件.pdf", new ByteArrayInputStream(big)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("超过 10 MB");
        Logins.runAs(users, "fic");
        CurrentUser fic = CurrentUser.require();
        assertThatThrownBy(() -> attachments.upload(fic, id, "做法.pdf", new ByteArrayInputStream(PDF)))
                .isInstanceOf(AccessDeniedException.class);

        mvc.perform(multipart("/wage/demonstrations/{id}/attachments", id)
                        .file(new MockMultipartFile("file", "改革做法.pdf", "application/pdf", PDF))
                        .with(Logins.as(users, "sasac")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("message", "wage.demo.uploaded"));
        long aid = attachments.of(id).get(0).id();
        MvcResult r = mvc.perform(get("/wage/demonstrations/attachments/{a}", aid).with(Logins.as(users, "union")))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("attachment"))).andReturn();
        assertThat(r.getResponse().getContentAsByteArray()).isEqualTo(PDF);
        mvc.perform(get("/wage/demonstrations/attachments/{a}", aid).with(Logins.as(users, "sanya")))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_city_bureau_sees_its_regions_demonstrations_only_and_the_export_follows_the_filter() throws Exception {
        int year = YEARS.getAndIncrement();
        long haikou = create("admin", form(year, "SOE", enterprise("460100", "151")));
        long sanya = create("admin", form(year, "PRIVATE", enterprise("460200", "170")));

        Logins.runAs(users, "sanya");
        Scope scope = CurrentUser.require().scope();
        assertThatThrownBy(() -> demonstrations.require(scope, haikou)).isInstanceOf(NotFoundException.class);
        assertThat(demonstrations.page(scope, new DemonstrationFilter(year, null, null, null), 1).rows())
                .extracting(Demonstration::id).containsExactly(sanya);

        mvc.perform(get("/wage/demonstrations").param("year", String.valueOf(year)).with(Logins.as(users, "fic")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"demo-form\"")))
                .andExpect(content().string(containsString("岗位绩效工资制度改革")));
        mvc.perform(get("/wage/demonstrations").with(Logins.as(users, "union")))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"demo-form\""))));
        mvc.perform(get("/wage/demonstrations/export").param("year", String.valueOf(year)).param("kind", "SOE")
                        .with(Logins.as(users, "admin")))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", containsString("spreadsheetml")));
        assertThat(jdbc.sql("""
                        SELECT after_data ->> 'rows' FROM platform_audit_log WHERE action = 'EXPORT' AND entity_type = 'wage_demonstration'
                        ORDER BY id DESC LIMIT 1""").query(String.class).single()).isEqualTo("1");
    }

    @Test
    void a_bad_form_names_every_field_and_a_stale_edit_is_refused() throws Exception {
        mvc.perform(post("/wage/demonstrations").with(Logins.as(users, "admin")).with(csrf()).param("kind", "SOE"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("violations"));
        long id = create("admin", form(YEARS.getAndIncrement(), "PRIVATE", enterprise("460100", "170")));
        Demonstration d = demonstrations.require(Scope.province(), id);
        DemonstrationForm edit = DemonstrationForm.of(d);
        edit.setTitle("工资集体协商与薪酬改革");
        demonstrations.update(CurrentUser.require(), id, edit);
        assertThatThrownBy(() -> demonstrations.update(CurrentUser.require(), id, edit))
                .isInstanceOf(tongxing.platform.validation.OptimisticLockException.class);
    }
}
