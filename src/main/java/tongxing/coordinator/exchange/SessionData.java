package tongxing.coordinator.exchange;

import tongxing.platform.validation.Violation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What the session form saves; {@link #violations()} lists every rule it breaks, by form field. */
public record SessionData(String title, LocalDate heldOn, SessionMode mode, String place, String regionCode, String topic,
                          String description) {

    public SessionData normalized() {
        return new SessionData(trim(title), heldOn, mode, trim(place), trim(regionCode), trim(topic), trim(description));
    }

    List<Violation> violations() {
        List<Violation> v = new ArrayList<>();
        text(v, "title", title, 200, "活动名称");
        if (heldOn == null) v.add(new Violation("heldOn", "活动日期不能为空，应写成 2026-11-18"));
        else if (heldOn.getYear() < 2000 || heldOn.getYear() > 2100) v.add(new Violation("heldOn", "活动日期不在合理范围内"));
        if (mode == null) v.add(new Violation("mode", "请选择线下或线上"));
        text(v, "place", place, 200, mode == SessionMode.ONLINE ? "线上平台或会议号" : "活动地点");
        if (regionCode == null) v.add(new Violation("regionCode", "请选择组织单位所属地区"));
        text(v, "topic", topic, 100, "主题");
        if (description != null && description.length() > 4000) v.add(new Violation("description", "活动内容不能超过 4000 字"));
        return v;
    }

    private static void text(List<Violation> v, String field, String value, int max, String label) {
        if (value == null) v.add(new Violation(field, label + "不能为空"));
        else if (value.length() > max) v.add(new Violation(field, label + "不能超过 " + max + " 字"));
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
