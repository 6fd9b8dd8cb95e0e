package tongxing.platform.validation;

/** Somebody else saved the record since it was opened: reload and apply the change again. */
public class OptimisticLockException extends RuntimeException {

    public OptimisticLockException(String what) {
        super(what + " 已被他人修改，请刷新后重新编辑（the record was changed by someone else; reload and try again）");
    }
}
