package tongxing.platform.validation;

import tongxing.platform.i18n.PlatformTexts;

/**
 * Somebody else saved the record since it was opened: reload and apply the change again. The
 * message is in the current language; {@code what} names the record in that language too.
 */
public class OptimisticLockException extends RuntimeException {

    public OptimisticLockException(String what) {
        super(PlatformTexts.get("error.conflict", what));
    }
}
