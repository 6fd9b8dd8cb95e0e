package tongxing.wage.guideline;

/** 草稿 → 审核中 → 已发布. A published edition never changes. */
public enum EditionStatus {
    DRAFT, REVIEW, PUBLISHED
}
