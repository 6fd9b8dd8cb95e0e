package tongxing.selection;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tongxing.TongxingTest;
import tongxing.support.Logins;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Supporting materials: PDF, JPG or PNG by their content, at most 10 MB, only while the nomination is a draft. */
@TongxingTest
@AutoConfigureMockMvc
class SelectionMaterialsWebTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF};
    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired ApplicationContext ctx;
    SelectionFixture f;
    long nomination;

    @BeforeEach
    void nomination() {
        f = new SelectionFixture(ctx);
        long id = f.nominating(5);
        nomination = f.nominate(id, "haikou", "M-" + id, "材料测试");
    }

    @Test
    void a_real_pdf_is_accepted_and_can_be_downloaded() throws Exception {
        upload("推荐表.pdf", PDF).andExpect(flash().attribute("message", "selection.material.uploaded"));
        assertThat(materials()).isEqualTo(1);
        long mid = f.jdbc.sql("SELECT id FROM selection_material WHERE nomination_id = :n").param("n", nomination).query(Long.class).single();
        mvc.perform(get("/selection/materials/{m}", mid).with(Logins.as(users, "haikou")))
                .andExpect(status().isOk()).andExpect(content().bytes(PDF));
        mvc.perform(get("/selection/materials/{m}", mid).with(Logins.as(users, "sanya"))).andExpect(status().isNotFound());
    }

    @Test
    void a_png_named_pdf_is_rejected() throws Exception {
        upload("证书.pdf", PNG).andExpect(flash().attribute("selectionErrors", hasItem(containsString("文件内容是 PNG，与文件名“证书.pdf”的扩展名不符"))));
        assertThat(materials()).isZero();
    }

    @Test
    void an_exe_named_pdf_is_rejected() throws Exception {
        upload("事迹材料.pdf", EXE).andExpect(flash().attribute("selectionErrors", hasItem(containsString("只接受 PDF、JPG、PNG 文件"))));
        assertThat(materials()).isZero();
    }

    @Test
    void a_file_over_10_mb_is_rejected() throws Exception {
        byte[] big = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
        upload("大文件.pdf", big).andExpect(flash().attribute("selectionErrors", hasItem(containsString("文件不能超过 10 MB"))));
        assertThat(materials()).isZero();
    }

    @Test
    void another_city_cannot_upload_to_the_nomination() throws Exception {
        mvc.perform(multipart("/selection/nominations/{n}/materials", nomination)
                        .file(new MockMultipartFile("file", "a.pdf", "application/pdf", PDF))
                        .with(Logins.as(users, "sanya")).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(materials()).isZero();
    }

    private org.springframework.test.web.servlet.ResultActions upload(String name, byte[] bytes) throws Exception {
        return mvc.perform(multipart("/selection/nominations/{n}/materials", nomination)
                        .file(new MockMultipartFile("file", name, "application/pdf", bytes))
                        .with(Logins.as(users, "haikou")).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    private int materials() {
        return f.jdbc.sql("SELECT count(*) FROM selection_material WHERE nomination_id = :n").param("n", nomination)
                .query(Integer.class).single();
    }
}
