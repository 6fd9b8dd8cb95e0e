package tongxing.selection;

import java.time.LocalDate;
import java.time.ZoneId;

/** Deadlines are calendar days in Hainan: a deadline day is still open until its midnight. */
public final class HainanDate {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private HainanDate() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
