package tongxing.enterprise.web;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import tongxing.platform.industry.Industry;
import tongxing.platform.ownership.OwnershipType;
import tongxing.platform.region.Region;
import tongxing.platform.sizeclass.SizeClass;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code <option>}s of the registry's search form, written once per language and select
 * and reused by every request: only the chosen option changes. The form offers about 170 of them
 * (regions, ownership types, sections, the divisions grouped by section); evaluating three
 * template expressions for each on every list page was a large part of the page's CPU time at
 * 50 users (JFR, bench 1). The code tables do not change while the application runs.
 */
@Component
class SearchFormOptions {

    /** One option (or an optgroup boundary, when {@code value} is null) with its escaped HTML around the selected mark. */
    private record Piece(String value, String open, String close) {
    }

    private final EnterpriseOptions options;
    private final MessageSource messages;
    private final Map<String, List<Piece>> cache = new ConcurrentHashMap<>();

    SearchFormOptions(EnterpriseOptions options, MessageSource messages) {
        this.options = options;
        this.messages = messages;
    }

    String regions(String selected, Locale locale) {
        return render(pieces("regions", locale, () -> {
            List<Piece> p = all(locale);
            for (Region r : options.regions()) p.add(option(r.code(), r.name()));
            return p;
        }), selected);
    }

    String sizes(String selected, Locale locale) {
        return render(pieces("sizes", locale, () -> {
            List<Piece> p = all(locale);
            for (SizeClass s : options.sizeClasses()) p.add(option(s.name(), message("enterprise.size." + s.name(), locale)));
            for (String group : List.of("LARGE_MEDIUM", "SMALL_MICRO")) p.add(option(group, message("enterprise.size." + group, locale)));
            return p;
        }), selected);
    }

    String ownershipTypes(String selected, Locale locale) {
        return render(pieces("ownership", locale, () -> {
            List<Piece> p = all(locale);
            for (OwnershipType o : options.ownershipTypes())
                p.add(option(o.code(), (o.parentCode() == null ? "" : "\u3000") + o.name()));
            return p;
        }), selected);
    }

    String sections(String selected, Locale locale) {
        return render(pieces("sections", locale, () -> {
            List<Piece> p = all(locale);
            for (Industry s : options.sections()) p.add(option(s.code(), s.code() + " " + s.name()));
            return p;
        }), selected);
    }

    /** The divisions of one section, or of all sections grouped by section. */
    String divisions(String section, String selected, Locale locale) {
        return render(pieces("divisions:" + section, locale, () -> {
            List<Piece> p = all(locale);
            for (EnterpriseOptions.IndustryGroup g : options.divisionGroups(section)) {
                p.add(new Piece(null, "<optgroup label=\"" + escape(g.section().code() + " " + g.section().name()) + "\">", ""));
                for (Industry d : g.industries()) p.add(option(d.code(), d.code() + " " + d.name()));
                p.add(new Piece(null, "</optgroup>", ""));
            }
            return p;
        }), selected);
    }

    private List<Piece> pieces(String select, Locale locale, java.util.function.Supplier<List<Piece>> build) {
        return cache.computeIfAbsent(select + "|" + locale, k -> List.copyOf(build.get()));
    }

    private List<Piece> all(Locale locale) {
        List<Piece> p = new ArrayList<>();
        p.add(option("", message("common.all", locale)));
        return p;
    }

    private static Piece option(String value, String label) {
        return new Piece(value, "<option value=\"" + escape(value) + "\"", ">" + escape(label) + "</option>");
    }

    private static String render(List<Piece> pieces, String selected) {
        StringBuilder b = new StringBuilder(pieces.size() * 48);
        for (Piece piece : pieces) {
            b.append(piece.open());
            if (piece.value() != null && !piece.value().isEmpty() && piece.value().equals(selected)) b.append(" selected=\"selected\"");
            b.append(piece.close());
            b.append('\n');
        }
        return b.toString();
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static String escape(String s) {
        return HtmlUtils.htmlEscape(s, "UTF-8");
    }
}
