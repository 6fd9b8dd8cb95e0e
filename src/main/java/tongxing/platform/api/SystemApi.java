package tongxing.platform.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller of the system API (系统接口, {@code /api/**}, authenticated by X-Api-Key).
 * Its errors are answered as RFC 9457 problems by {@link ApiProblems}; web pages are not affected.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface SystemApi {
}
