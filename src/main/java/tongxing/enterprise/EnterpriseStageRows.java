package tongxing.enterprise;

import org.springframework.stereotype.Component;
import tongxing.enterprise.search.NameGrams;
import tongxing.platform.crypto.PersonalDataCipher;
import tongxing.platform.industry.Industries;
import tongxing.platform.industry.Industry;
import tongxing.platform.sizeclass.SizeClassifier;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Validated enterprises as CSV lines for {@code COPY} into a stage table ({@link #COLUMNS}), with
 * what the registry stores besides the row: the industry's division and section, the size class,
 * and the contact phone encrypted (AES-GCM) with its search hash (HMAC).
 */
@Component
class EnterpriseStageRows {

    /** The stage table's columns, in the order of the CSV lines. */
    static final String COLUMNS = """
            ord bigint, uscc char(18), name varchar(200), region_code varchar(12), industry_code varchar(5),
            industry_division char(2), industry_section char(1), ownership_code varchar(3), employees integer,
            revenue numeric(14,2), assets numeric(14,2), size_class varchar(13), legal_representative varchar(50),
            contact_person varchar(50), contact_phone_enc text, contact_phone_hash char(64), address varchar(200),
            established_on date, status varchar(12), tags text[], name_grams int[]""";

    private final SizeClassifier sizeClassifier;
    private final Industries industries;
    private final PersonalDataCipher cipher;

    EnterpriseStageRows(SizeClassifier sizeClassifier, Industries industries, PersonalDataCipher cipher) {
        this.sizeClassifier = sizeClassifier;
        this.industries = industries;
        this.cipher = cipher;
    }

    /**
     * The CSV lines of a batch, in order, numbered from {@code firstOrd + 1}, as the UTF-8 bytes
     * COPY reads. Encrypting and hashing each phone number, classifying the size and encoding the
     * text were half of a commit's CPU in the application (JFR, bench 3), and each row is
     * independent: the batch is encoded on the available cores, each row straight to its bytes.
     */
    byte[] encode(List<EnterpriseData> batch, long firstOrd) {
        byte[][] lines = new byte[batch.size()][];
        IntStream.range(0, batch.size()).parallel().forEach(i -> {
            StringBuilder b = new StringBuilder(320);
            appendRow(b, firstOrd + i + 1, batch.get(i));
            lines[i] = b.toString().getBytes(StandardCharsets.UTF_8);
        });
        int length = 0;
        for (byte[] line : lines) length += line.length;
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] line : lines) {
            System.arraycopy(line, 0, all, at, line.length);
            at += line.length;
        }
        return all;
    }

    /**
     * One row's CSV line without its leading {@code ord} field (see {@link #numbered}), as UTF-8:
     * the costly part of staging a row (encryption, hash, size class), which an import does on its
     * validation's worker threads.
     */
    byte[] encodeUnnumbered(EnterpriseData d) {
        StringBuilder b = new StringBuilder(320);
        appendFields(b, d);
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The lines of {@link #encodeUnnumbered}, in order, numbered from {@code firstOrd + 1}. */
    static byte[] numbered(List<byte[]> lines, long firstOrd) {
        int length = 0;
        for (byte[] line : lines) length += line.length + 20;
        byte[] all = new byte[length];
        int at = 0;
        long ord = firstOrd;
        for (byte[] line : lines) {
            byte[] number = Long.toString(++ord).getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(number, 0, all, at, number.length);
            at += number.length;
            all[at++] = ',';
            System.arraycopy(line, 0, all, at, line.length);
            at += line.length;
        }
        return java.util.Arrays.copyOf(all, at);
    }

    private void appendRow(StringBuilder b, long ord, EnterpriseData d) {
        b.append(ord).append(',');
        appendFields(b, d);
    }

    private void appendFields(StringBuilder b, EnterpriseData d) {
        Industry industry = industries.findAssignable(d.industryCode())
                .orElseThrow(() -> new IllegalArgumentException("unvalidated industry " + d.industryCode()));
        String size = sizeClassifier.classify(d.industryCode(), d.employees(), d.revenue(), d.assets()).sizeClass().name();
        field(b, d.uscc()); field(b, d.name()); field(b, d.regionCode()); field(b, industry.code());
        field(b, industry.division()); field(b, industry.section()); field(b, d.ownershipCode());
        field(b, d.employees() == null ? null : d.employees().toString());
        field(b, d.revenue() == null ? null : d.revenue().toPlainString());
        field(b, d.assets() == null ? null : d.assets().toPlainString());
        field(b, size); field(b, d.legalRepresentative()); field(b, d.contactPerson());
        field(b, cipher.encrypt(d.contactPhone())); field(b, cipher.searchHash(d.contactPhone()));
        field(b, d.address()); field(b, d.establishedOn() == null ? null : d.establishedOn().toString());
        field(b, d.status());
        quote(b, EnterpriseRegistry.toArrayLiteral(d.tags()));
        b.append(',');
        quote(b, NameGrams.literal(d.name()));
        b.append('\n');
    }

    private static void field(StringBuilder b, String value) {
        if (value != null) quote(b, value);
        b.append(',');
    }

    private static void quote(StringBuilder b, String v) {
        b.append('"');
        if (v.indexOf('"') < 0) {
            b.append(v); // the usual case: one copy instead of a call per character
        } else {
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                if (c == '"') b.append('"');
                b.append(c);
            }
        }
        b.append('"');
    }
}
