package tongxing.enterprise.imports;

import tongxing.enterprise.EnterpriseStatus;
import tongxing.platform.imports.CodeList;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** 经营状态 as ledgers write it (在营 / 停业 / 注销) or as the registry codes it (ACTIVE ...). */
final class EnterpriseStatusText {

    private static final Map<String, EnterpriseStatus> WORDS = Map.of(
            "在营", EnterpriseStatus.ACTIVE, "存续", EnterpriseStatus.ACTIVE, "开业", EnterpriseStatus.ACTIVE,
            "营业", EnterpriseStatus.ACTIVE, "停业", EnterpriseStatus.SUSPENDED, "歇业", EnterpriseStatus.SUSPENDED,
            "注销", EnterpriseStatus.DEREGISTERED, "已注销", EnterpriseStatus.DEREGISTERED);

    static final List<CodeList.Code> CODES = List.of(
            new CodeList.Code("在营", "ACTIVE（也可填 存续、开业）"),
            new CodeList.Code("停业", "SUSPENDED（也可填 歇业）"),
            new CodeList.Code("注销", "DEREGISTERED"));

    private EnterpriseStatusText() {
    }

    /** The status code, or empty when the text is not a status (blank text is left to the default). */
    static Optional<String> parse(String text) {
        if (text == null) return Optional.empty();
        String s = text.strip();
        EnterpriseStatus word = WORDS.get(s);
        if (word != null) return Optional.of(word.name());
        try {
            return Optional.of(EnterpriseStatus.valueOf(s.toUpperCase(Locale.ROOT)).name());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
