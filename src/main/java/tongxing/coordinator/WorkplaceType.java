package tongxing.coordinator;

/** Where a coordinator works: in an enterprise, or at one of the grassroots posts (基层). */
public enum WorkplaceType {
    ENTERPRISE,
    /** 乡镇街道. */
    TOWNSHIP_STREET,
    /** 人社部门. */
    HRSS,
    /** 工会. */
    UNION,
    /** 企业代表组织. */
    EMPLOYER_ORG,
    /** 社会组织. */
    SOCIAL_ORG;

    public boolean grassroots() {
        return this != ENTERPRISE;
    }
}
