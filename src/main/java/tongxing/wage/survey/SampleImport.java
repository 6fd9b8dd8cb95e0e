package tongxing.wage.survey;

import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;
import tongxing.enterprise.EnterpriseSelectionQuery.Located;
import tongxing.platform.i18n.Texts;
import tongxing.platform.identity.Uscc;
import tongxing.platform.imports.ImportProblem;
import tongxing.platform.imports.table.TableFormat;
import tongxing.platform.imports.table.TableReader;
import tongxing.platform.imports.table.TableRow;
import tongxing.platform.security.CurrentUser;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 导入调查企业名单: a file whose first column holds USCCs (a header row first). Each row is checked
 * (valid code, in the registry, not twice); the enterprises found are added, the rest reported row by row.
 */
@Service
class SampleImport {

    record Problem(int row, String value, String reason) implements Serializable {
    }

    record Report(int rows, int added, int alreadySelected, List<Problem> problems) implements Serializable {
    }

    private final Surveys surveys;
    private final Texts texts;

    SampleImport(Surveys surveys, Texts texts) {
        this.surveys = surveys;
        this.texts = texts;
    }

    Report run(CurrentUser user, int year, MultipartFile file) throws IOException {
        Path tmp = Files.createTempFile("wage-list-", ".bin");
        try {
            file.transferTo(tmp);
            Map<String, Integer> rowOf = new LinkedHashMap<>();
            List<Problem> problems = new ArrayList<>();
            int rows = 0;
            try (TableReader reader = TableFormat.detect(tmp, file.getOriginalFilename()).open(tmp)) {
                boolean header = true;
                while (reader.hasNext()) {
                    TableRow row = reader.next();
                    if (header) {
                        header = false;
                        if (row.cell(0) != null && !Uscc.isValid(Uscc.normalize(row.cell(0)))) continue;
                    }
                    if (row.blank()) continue;
                    rows++;
                    String raw = row.cell(0);
                    String u = raw == null ? null : Uscc.normalize(raw);
                    var why = Uscc.problem(u);
                    if (why.isPresent()) problems.add(new Problem(row.number(), raw, why.get()));
                    else if (rowOf.containsKey(u)) problems.add(new Problem(row.number(), u, texts.get("wage.import.duplicate", rowOf.get(u))));
                    else rowOf.put(u, row.number());
                }
            } catch (ImportProblem e) {
                problems.add(new Problem(0, file.getOriginalFilename(), texts.get(e.messageKey(), e.args())));
                return new Report(rows, 0, 0, problems);
            }
            List<Located> found = surveys.locate(List.copyOf(rowOf.keySet()));
            Map<String, Located> byUscc = new LinkedHashMap<>();
            found.forEach(l -> byUscc.put(l.uscc(), l));
            List<Located> toAdd = new ArrayList<>();
            int already = 0;
            for (var e : rowOf.entrySet()) {
                Located l = byUscc.get(e.getKey());
                if (l == null) problems.add(new Problem(e.getValue(), e.getKey(), texts.get("wage.import.notRegistered")));
                else if (surveys.isSelected(year, l.uscc())) already++;
                else toAdd.add(l);
            }
            int added = surveys.selectListed(user, year, toAdd, file.getOriginalFilename());
            problems.sort(java.util.Comparator.comparingInt(Problem::row));
            return new Report(rows, added, already, problems);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
