package tongxing.enterprise;

/** 经营状态. */
public enum EnterpriseStatus {
    ACTIVE, SUSPENDED, DEREGISTERED
}
