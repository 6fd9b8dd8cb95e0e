package tongxing.enterprise.imports;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tongxing.TongxingTest;

import static org.assertj.core.api.Assertions.assertThat;

@TongxingTest
class IndustryCodeTest {

    @Autowired
    EnterpriseImport enterpriseImport;

    @Test
    void a_group_code_that_exists_is_kept_as_typed() {
        assertThat(enterpriseImport.industryCode("702")).isEqualTo("702");
        assertThat(enterpriseImport.industryCode("7010")).isEqualTo("7010");
    }

    @Test
    void a_division_whose_leading_zero_excel_dropped_gets_it_back() {
        assertThat(enterpriseImport.industryCode("1")).isEqualTo("01");
        assertThat(enterpriseImport.industryCode("52")).isEqualTo("52");
    }
}
