package tongxing.enterprise.api;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tongxing.enterprise.EnterpriseData;
import tongxing.platform.validation.Violation;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Turns one element of a feed batch into registry data, or says which field has the wrong JSON
 * type and why (a number where a date belongs, 12.5 employees...). Field rules beyond the type
 * are {@link tongxing.enterprise.EnterpriseValidation}'s.
 */
@Component
class FeedItemReader {

    /** Either the item's data or the reasons it could not be read. */
    record Read(EnterpriseData data, List<Violation> problems) {
    }

    private final ObjectReader reader;
    private final MessageSource messages;

    FeedItemReader(JsonMapper mapper, MessageSource messages) {
        this.reader = mapper.readerFor(EnterpriseFeedItem.class)
                .without(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        this.messages = messages;
    }

    Read read(JsonNode node) {
        if (node == null || !node.isObject()) return problem("", "api.item.notObject");
        try {
            EnterpriseFeedItem item = reader.readValue(node);
            return new Read(item.toData(), List.of());
        } catch (JacksonException e) {
            String field = e.getPath().stream().map(JacksonException.Reference::getPropertyName)
                    .filter(name -> name != null).findFirst().orElse("");
            return problem(field, reasonFor(e));
        }
    }

    private static String reasonFor(JacksonException e) {
        Class<?> target = e instanceof MismatchedInputException m ? m.getTargetType() : null;
        if (target == null) return "api.item.type.other";
        if (target == Integer.class || target == int.class) return "api.item.type.integer";
        if (target == BigDecimal.class) return "api.item.type.number";
        if (target == LocalDate.class) return "api.item.type.date";
        if (Collection.class.isAssignableFrom(target)) return "api.item.type.list";
        if (target == String.class) return "api.item.type.text";
        return "api.item.type.other";
    }

    private Read problem(String field, String code) {
        return new Read(null, List.of(new Violation(field, messages.getMessage(code, null, LocaleContextHolder.getLocale()))));
    }
}
