package tongxing.coordinator.exchange;

import org.springframework.stereotype.Component;
import tongxing.coordinator.CoordinatorAccess;
import tongxing.coordinator.CoordinatorSummary;
import tongxing.platform.identity.ResidentIdNumber;
import tongxing.platform.i18n.Texts;
import tongxing.platform.imports.ImportColumn;
import tongxing.platform.imports.ImportContext;
import tongxing.platform.imports.ImportCounts;
import tongxing.platform.imports.ImportDefinition;
import tongxing.platform.imports.RowResult;
import tongxing.platform.imports.RowValues;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.Scope;
import tongxing.platform.validation.Violation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 学习交流出席名单导入: one row per coordinator and session, the coordinator by ID number or by
 * registry id. A row for a coordinator already on the list updates it; the same file twice changes
 * nothing the second time.
 */
@Component
class AttendanceImport implements ImportDefinition<AttendanceImport.Line> {

    static final String SESSION = "活动编号";
    static final String ID_NUMBER = "身份证号码";
    static final String COORDINATOR_ID = "协调员编号";
    static final String ATTENDED = "是否出席";
    static final String HOURS = "学时";

    private static final List<ImportColumn> COLUMNS = List.of(
            ImportColumn.required(SESSION, "12", "学习交流活动的编号，见活动页面标题旁的“编号”。"),
            ImportColumn.optional(ID_NUMBER, "460100199001011237", "协调员的18位身份证号码；与“协调员编号”二选一。"),
            ImportColumn.optional(COORDINATOR_ID, "", "协调员数据库中的编号；填写后以编号为准。"),
            ImportColumn.optional(ATTENDED, "是", "是 或 否；不填视为是。活动日期之后才能登记为已出席。"),
            ImportColumn.optional(HOURS, "3", "出席的学时，0 到 24，最多一位小数；计入协调员的培训学时。未出席填 0 或不填。"));

    /** One parsed row; {@code key} identifies the coordinator within the file. */
    record Line(long sessionId, String idNumber, Long coordinatorId, boolean attended, BigDecimal hours) {
    }

    private final Attendance attendance;
    private final ExchangeSessions sessions;
    private final Texts texts;

    AttendanceImport(Attendance attendance, ExchangeSessions sessions, Texts texts) {
        this.attendance = attendance;
        this.sessions = sessions;
        this.texts = texts;
    }

    @Override
    public String kind() {
        return "exchange-attendance";
    }

    @Override
    public String titleKey() {
        return "exchange.import.kind";
    }

    @Override
    public List<ImportColumn> columns() {
        return COLUMNS;
    }

    @Override
    public boolean mayImport(CurrentUser user) {
        Scope scope = user.scope();
        return CoordinatorAccess.mayWrite(user.role()) && (scope instanceof Scope.Province || scope instanceof Scope.Region);
    }

    @Override
    public String keyColumn() {
        return ID_NUMBER;
    }

    @Override
    public String naturalKey(Map<String, String> row) {
        String session = row.get(SESSION) == null ? "" : row.get(SESSION).strip();
        String id = row.get(COORDINATOR_ID);
        if (id != null && !id.isBlank()) return session + "/#" + id.strip();
        String number = row.get(ID_NUMBER);
        return number == null || number.isBlank() ? null : session + "/" + number.replaceAll("\\s", "").toUpperCase();
    }

    @Override
    public RowResult<Line> parse(Map<String, String> row, ImportContext context) {
        RowValues in = new RowValues(row);
        Integer session = in.integer(SESSION);
        if (session == null && !in.rejected(SESSION)) in.reject(SESSION, texts.get("exchange.import.sessionRequired"));
        Long coordinatorId = null;
        if (in.text(COORDINATOR_ID) != null) {
            Integer id = in.integer(COORDINATOR_ID);
            coordinatorId = id == null ? null : id.longValue();
        }
        String idNumber = in.text(ID_NUMBER) == null ? null : ResidentIdNumber.normalize(in.text(ID_NUMBER));
        if (coordinatorId == null && idNumber == null && !in.rejected(COORDINATOR_ID))
            in.reject(ID_NUMBER, texts.get("exchange.import.coordinatorRequired"));
        if (coordinatorId == null && idNumber != null)
            ResidentIdNumber.problem(idNumber).ifPresent(p -> in.reject(ID_NUMBER, p));
        boolean attended = true;
        String a = in.text(ATTENDED);
        if (a != null) {
            if (a.strip().equals("是")) attended = true;
            else if (a.strip().equals("否")) attended = false;
            else in.reject(ATTENDED, texts.get("exchange.import.attended", a));
        }
        BigDecimal hours = in.decimal(HOURS);
        if (!in.rejected(HOURS) && !in.rejected(ATTENDED))
            Attendance.hoursProblem(texts, attended, hours).ifPresent(p -> in.reject(HOURS, p));
        if (!in.violations().isEmpty()) return RowResult.invalid(in.violations());
        return RowResult.valid(new Line(session, idNumber, coordinatorId, attended, hours));
    }

    /** The session must be one the importer manages, the coordinator one they may see and fit for that session. */
    @Override
    public Map<Integer, List<Violation>> checkBatch(List<Line> rows, ImportContext context) {
        Map<Integer, List<Violation>> problems = new HashMap<>();
        Map<Long, Optional<ExchangeSession>> byId = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Line l = rows.get(i);
            List<Violation> v = new ArrayList<>();
            Optional<ExchangeSession> s = byId.computeIfAbsent(l.sessionId(), id -> sessions.find(context.scope(), id));
            if (s.isEmpty()) v.add(new Violation(SESSION, texts.get("exchange.import.sessionNotFound", l.sessionId())));
            else if (!ExchangeSessions.mayManage(context.scope(), s.get()))
                v.add(new Violation(SESSION, texts.get("exchange.import.sessionOtherRegion", s.get().title(), s.get().regionName())));
            Optional<CoordinatorSummary> c = attendance.resolve(context.scope(), l.idNumber(), l.coordinatorId());
            String column = l.coordinatorId() != null ? COORDINATOR_ID : ID_NUMBER;
            if (c.isEmpty()) v.add(new Violation(column, texts.get("exchange.import.coordinatorNotFound")));
            if (v.isEmpty()) Attendance.refusal(texts, s.get(), c.get(), l.attended()).ifPresent(r -> v.add(new Violation(column, r)));
            if (!v.isEmpty()) problems.put(i, v);
        }
        return problems;
    }

    @Override
    public ImportCounts commit(Iterator<Line> rows, ImportContext context) {
        int inserted = 0, updated = 0, unchanged = 0;
        while (rows.hasNext()) {
            Line l = rows.next();
            switch (attendance.recordByIdNumber(context.scope(), l.sessionId(), l.idNumber(), l.coordinatorId(), l.attended(),
                    l.hours() == null ? BigDecimal.ZERO : l.hours())) {
                case INSERTED -> inserted++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
            }
        }
        return new ImportCounts(inserted, updated, unchanged);
    }
}
