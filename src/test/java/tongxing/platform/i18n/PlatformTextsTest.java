package tongxing.platform.i18n;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import tongxing.platform.identity.ResidentIdNumber;
import tongxing.platform.identity.Uscc;
import tongxing.platform.imports.RowValues;
import tongxing.platform.validation.OptimisticLockException;

import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The platform's static checks answer in the caller's language, and in Chinese during an import. */
class PlatformTextsTest {

    @AfterEach
    void clear() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void identifier_reasons_are_chinese_outside_a_request_and_english_for_an_english_request() {
        assertThat(Uscc.problem("91460100MA5T00001M")).contains("统一社会信用代码校验位错误");

        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(Uscc.problem("91460100MA5T00001M")).contains("The check character of the unified social credit code is wrong");
        assertThat(Uscc.problem("91460100MA5T0001L")).contains("The unified social credit code must have 18 characters, not 17");
        assertThat(Uscc.problem("91460100MA5T0000IL")).hasValueSatisfying(r -> assertThat(r).startsWith("Character 17 \"I\""));
        assertThat(ResidentIdNumber.problem("11010519491231002")).contains("The ID card number must have 18 characters, not 17");
        assertThat(new OptimisticLockException("Enterprise \"A\"")).hasMessageStartingWith("Enterprise \"A\" was changed by someone else");
    }

    @Test
    void an_import_gets_chinese_row_reasons_whatever_the_language_of_the_request() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        RowValues english = new RowValues(Map.of("从业人员", "二十"));
        english.integer("从业人员");
        assertThat(english.violations().get(0).reason()).isEqualTo("从业人员 should be a whole number, not \"二十\"");

        RowValues imported = Texts.inWorkingLanguage(() -> {
            RowValues in = new RowValues(Map.of("从业人员", "二十"));
            in.integer("从业人员");
            return in;
        });
        assertThat(imported.violations().get(0).reason()).isEqualTo("从业人员应为整数，实际为“二十”");
        assertThat(Texts.inWorkingLanguage(() -> Uscc.problem("91460100MA5T00001M"))).contains("统一社会信用代码校验位错误");
    }
}
