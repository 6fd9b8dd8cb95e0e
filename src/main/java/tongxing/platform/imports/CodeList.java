package tongxing.platform.imports;

import java.util.List;

/** A code table listed on the template's 填写说明 sheet, e.g. 所属市县 with code and name. */
public record CodeList(String title, List<Code> codes) {

    public record Code(String code, String name) {
    }
}
