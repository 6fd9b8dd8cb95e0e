package tongxing.selection;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tongxing.TongxingTest;
import tongxing.support.Logins;

import java.io.ByteArrayInputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tongxing.selection.SelectionFixture.list;
import static tongxing.selection.SelectionFixture.n;

/** The certificate, the Word and Excel lists for the national office, and the pages of each step. */
@TongxingTest
@AutoConfigureMockMvc
class SelectionOutputsWebTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired ApplicationContext ctx;
    SelectionFixture f;
    long campaign;
    int year;

    @BeforeEach
    void decided() {
        f = new SelectionFixture(ctx);
        campaign = f.reviewing(2, list("union"), n("sanya", "王金牌"), n("haikou", "李银牌"), n("sanya", "落选者"));
        f.score("union", f.nominationId(campaign, "王金牌"), 95, 90, 92);
        f.score("union", f.nominationId(campaign, "李银牌"), 88, 85, 90);
        f.score("union", f.nominationId(campaign, "落选者"), 60, 60, 60);
        f.decideDefault(campaign);
        year = f.campaigns.get(campaign).year();
    }

    @Test
    void the_certificate_pdf_carries_the_winners_name() throws Exception {
        byte[] pdf = mvc.perform(get("/selection/campaigns/{c}/certificates/{n}.pdf", campaign, f.nominationId(campaign, "王金牌"))
                        .with(Logins.as(users, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("王金牌").contains("荣誉证书").contains(year + "年度金牌劳动关系协调员");
        }
        // Not for someone who did not win, not for a city.
        mvc.perform(get("/selection/campaigns/{c}/certificates/{n}.pdf", campaign, f.nominationId(campaign, "落选者"))
                .with(Logins.as(users, "admin"))).andExpect(status().isNotFound());
        mvc.perform(get("/selection/campaigns/{c}/certificates/{n}.pdf", campaign, f.nominationId(campaign, "王金牌"))
                .with(Logins.as(users, "sanya"))).andExpect(status().isForbidden());
    }

    @Test
    void the_word_report_opens_and_holds_the_winners_in_the_fixed_layout() throws Exception {
        byte[] docx = mvc.perform(get("/selection/campaigns/{c}/report.docx", campaign).with(Logins.as(users, "admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("海南省" + year + "年度金牌劳动关系协调员推荐名单");
            XWPFTable table = doc.getTables().get(0);
            assertThat(table.getRows()).hasSize(3);
            assertThat(table.getRow(0).getTableCells()).extracting(c -> c.getText())
                    .containsExactly("序号", "姓名/名称", "市县", "单位/岗位", "技能等级", "主要事迹", "综合得分");
            assertThat(table.getRow(1).getTableCells()).extracting(c -> c.getText())
                    .containsExactly("1", "王金牌", "三亚市", "某公司 人力资源部", "二级/技师", "王金牌的主要事迹", "92.60");
            assertThat(table.getRow(2).getCell(1).getText()).isEqualTo("李银牌");
            assertThat(table.getRow(2).getCell(2).getText()).isEqualTo("海口市");
        }
    }

    @Test
    void the_excel_report_has_the_same_columns_and_rows() throws Exception {
        byte[] xlsx = mvc.perform(get("/selection/campaigns/{c}/report.xlsx", campaign).with(Logins.as(users, "admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0).getCellText(1)).isEqualTo("姓名/名称");
            assertThat(rows.get(1).getCellText(1)).isEqualTo("王金牌");
            assertThat(rows.get(2).getCellText(1)).isEqualTo("李银牌");
        }
        mvc.perform(get("/selection/campaigns/{c}/report.xlsx", campaign).with(Logins.as(users, "union"))).andExpect(status().isForbidden());
    }

    @Test
    void every_role_sees_its_page_of_the_campaign() throws Exception {
        mvc.perform(get("/selection/campaigns").with(Logins.as(users, "admin")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("金牌评选")));
        mvc.perform(get("/selection/campaigns/{c}", campaign).with(Logins.as(users, "admin")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("王金牌")))
                .andExpect(content().string(containsString("report.docx")));
        mvc.perform(get("/selection/campaigns/{c}", campaign).with(Logins.as(users, "haikou")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("李银牌")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("王金牌"))));
        mvc.perform(get("/selection/campaigns/{c}", campaign).with(Logins.as(users, "union")))
                .andExpect(status().isOk());
        mvc.perform(get("/selection/campaigns/{c}", campaign).with(Logins.as(users, "expert"))).andExpect(status().isNotFound());
        mvc.perform(get("/selection/campaigns").with(Logins.as(users, "enterprise"))).andExpect(status().isForbidden());
        mvc.perform(get("/selection/campaigns/new").with(Logins.as(users, "admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("工作业绩")));
        mvc.perform(get("/selection/candidate-orgs").with(Logins.as(users, "haikou"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<label class=\"form-label\" for=\"org-name\">组织名称</label>")));
        mvc.perform(get("/selection/nominations/{n}", f.nominationId(campaign, "李银牌")).with(Logins.as(users, "haikou")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("李银牌的主要事迹")));
        mvc.perform(get("/").with(Logins.as(users, "expert"))).andExpect(content().string(containsString("/selection/campaigns")));
        mvc.perform(get("/").with(Logins.as(users, "enterprise")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("/selection/campaigns"))));
    }
}
