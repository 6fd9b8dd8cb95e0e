package tongxing.platform.validation;

import org.springframework.validation.BindingResult;

import java.util.Collection;
import java.util.List;

/** Puts each violation next to its form field, or at the top of the form when no field carries it. */
public final class FormErrors {

    private FormErrors() {
    }

    public static void bind(BindingResult result, Collection<String> formFields, String code, List<Violation> violations) {
        for (Violation v : violations) {
            if (formFields.contains(v.field())) result.rejectValue(v.field(), code, v.reason());
            else result.reject(code, v.reason());
        }
    }
}
