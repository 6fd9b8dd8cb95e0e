package tongxing.monitoring.feeds;

import org.springframework.beans.factory.ObjectProvider;
import tongxing.platform.identity.Uscc;
import tongxing.platform.imports.ImportColumn;
import tongxing.platform.imports.ImportContext;
import tongxing.platform.imports.ImportCounts;
import tongxing.platform.imports.ImportDefinition;
import tongxing.platform.imports.Imports;
import tongxing.platform.imports.RowResult;
import tongxing.platform.imports.RowValues;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.Scope;
import tongxing.platform.validation.Violation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The file load of one feed (Excel or CSV from the feed's template) through the platform's import
 * framework: every row is checked (month, USCC, numbers, known to the registry, within the
 * loader's region) and reported by row and column; the valid rows go through {@link FeedLoader}.
 */
class FeedImport implements ImportDefinition<FeedFact> {

    static final String MONTH = "月份";
    static final String USCC = "统一社会信用代码";
    static final String NAME = "企业名称";

    private final Feed feed;
    private final FeedLoader loader;
    private final FeedChecks checks;
    private final ObjectProvider<Imports> imports;
    private final Clock clock;

    FeedImport(Feed feed, FeedLoader loader, FeedChecks checks, ObjectProvider<Imports> imports, Clock clock) {
        this.feed = feed;
        this.loader = loader;
        this.checks = checks;
        this.imports = imports;
        this.clock = clock;
    }

    Feed feed() {
        return feed;
    }

    @Override
    public String kind() {
        return feed.importKind();
    }

    @Override
    public String titleKey() {
        return "feeds.feed." + feed.name();
    }

    @Override
    public List<ImportColumn> columns() {
        List<ImportColumn> columns = new ArrayList<>();
        columns.add(ImportColumn.required(MONTH, "2026-10", "数据所属月份，如 2026-10 或 2026年10月；一个文件可含多个月份"));
        columns.add(ImportColumn.required(USCC, "91460100MA5T00001L", "18 位统一社会信用代码，须已在企业库登记"));
        columns.add(ImportColumn.optional(NAME, "海南椰风食品有限公司", "便于核对，导入时不使用"));
        for (Feed.Measure m : feed.measures()) columns.add(ImportColumn.required(m.header(), m.example(), m.note() + "；非负整数"));
        return columns;
    }

    /** Province staff for all enterprises, city and county staff for their own region's. */
    @Override
    public boolean mayImport(CurrentUser user) {
        Scope scope = user.scope();
        return user.role().isStaff() && (scope instanceof Scope.Province || scope instanceof Scope.Region);
    }

    @Override
    public String keyColumn() {
        return USCC;
    }

    /** A file may carry several months; an enterprise may appear once per month. */
    @Override
    public String naturalKey(Map<String, String> row) {
        String uscc = usccOf(row.get(USCC));
        LocalDate month = FeedMonth.parse(row.get(MONTH)).orElse(null);
        return uscc == null || uscc.isEmpty() || month == null ? null : month + "|" + uscc;
    }

    @Override
    public RowResult<FeedFact> parse(Map<String, String> row, ImportContext context) {
        RowValues in = new RowValues(row);
        LocalDate month = month(in);
        String uscc = usccOf(in.text(USCC));
        if (uscc == null) in.reject(USCC, FeedTexts.FEEDS.get("feeds.row.usccRequired"));
        else Uscc.problem(uscc).ifPresent(p -> in.reject(USCC, p));
        int[] values = new int[feed.measures().size()];
        for (int i = 0; i < values.length; i++) {
            String header = feed.measures().get(i).header();
            Integer v = in.integer(header);
            if (v == null && !in.rejected(header)) in.reject(header, FeedTexts.FEEDS.get("feeds.row.measureRequired", header));
            else if (v != null && v < 0) in.reject(header, FeedTexts.FEEDS.get("feeds.row.negativeFound", header, String.valueOf(v)));
            values[i] = v == null ? 0 : v;
        }
        FeedRules.check(feed, values).ifPresent(v -> {
            if (!in.rejected(v.field())) in.reject(v.field(), v.reason());
        });
        return in.violations().isEmpty() ? RowResult.valid(new FeedFact(month, uscc, values)) : RowResult.invalid(in.violations());
    }

    private LocalDate month(RowValues in) {
        String text = in.text(MONTH);
        if (text == null) {
            in.reject(MONTH, FeedTexts.FEEDS.get("feeds.row.monthRequired"));
            return null;
        }
        LocalDate month = FeedMonth.parse(text).orElse(null);
        if (month == null) {
            in.reject(MONTH, FeedTexts.FEEDS.get("feeds.row.monthInvalid", text));
            return null;
        }
        FeedMonth.problem(month, LocalDate.now(clock)).ifPresent(p -> in.reject(MONTH, p));
        return month;
    }

    @Override
    public Map<Integer, List<Violation>> checkBatch(List<FeedFact> rows, ImportContext context) {
        Map<Integer, List<Violation>> problems = new HashMap<>();
        for (FeedChecks.Problem p : checks.check(context.scope(), rows.stream().map(FeedFact::uscc).toList()))
            problems.put(p.index(), List.of(new Violation(USCC, p.reason())));
        return problems;
    }

    @Override
    public ImportCounts commit(Iterator<FeedFact> rows, ImportContext context) {
        int rejected = imports.getObject().job(context.jobId(), context.user()).errorRows();
        FeedLoader.Outcome outcome = loader.load(context.scope(), feed, rows,
                FeedLoader.Source.file(context.fileName(), context.user().username(), rejected, 0));
        return new ImportCounts(outcome.inserted(), outcome.updated(), outcome.unchanged());
    }

    static String usccOf(String text) {
        return text == null ? null : Uscc.normalize(text.replaceAll("\\s", ""));
    }
}
