package tongxing.platform.ownership;

/** 登记注册类型: a two-level tree (内资 / 港澳台 / 外商 and their kinds). */
public record OwnershipType(String code, String name, String parentCode, boolean stateOwned) {
}
