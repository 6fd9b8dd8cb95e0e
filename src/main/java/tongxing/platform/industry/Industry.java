package tongxing.platform.industry;

/** A node of GB/T 4754-2017: section (门类), division (大类), group (中类) or class (小类). */
public record Industry(String code, String name, String parentCode, String section, String level) {

    /** The two-digit division of a division, group or class code; null for a section. */
    public String division() {
        return code.length() >= 2 && Character.isDigit(code.charAt(0)) ? code.substring(0, 2) : null;
    }
}
