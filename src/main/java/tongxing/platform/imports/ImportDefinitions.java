package tongxing.platform.imports;

import org.springframework.stereotype.Component;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.web.NotFoundException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every kind of import the modules define, by kind. */
@Component
public class ImportDefinitions {

    private final Map<String, ImportDefinition<?>> byKind = new LinkedHashMap<>();

    ImportDefinitions(List<ImportDefinition<?>> definitions) {
        for (ImportDefinition<?> d : definitions) {
            if (!d.kind().matches("[a-z][a-z0-9-]*"))
                throw new IllegalStateException("import kind must be lower-case letters, digits and dashes: " + d.kind());
            if (byKind.putIfAbsent(d.kind(), d) != null) throw new IllegalStateException("two imports of kind " + d.kind());
        }
    }

    public Optional<ImportDefinition<?>> find(String kind) {
        return Optional.ofNullable(byKind.get(kind));
    }

    /** The definition if the user may import it; otherwise the kind does not exist for them (404). */
    public ImportDefinition<?> require(String kind, CurrentUser user) {
        return find(kind).filter(d -> d.mayImport(user)).orElseThrow(NotFoundException::new);
    }

    public List<ImportDefinition<?>> availableTo(CurrentUser user) {
        return byKind.values().stream().filter(d -> d.mayImport(user)).toList();
    }

    /** The message key of a kind's name; the kind itself if no module defines it any more. */
    public String titleKey(String kind) {
        return find(kind).map(ImportDefinition::titleKey).orElse(kind);
    }
}
