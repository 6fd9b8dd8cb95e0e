package tongxing.monitoring.feeds;

import org.junit.jupiter.api.Test;
import tongxing.platform.identity.Uscc;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class FeedMonthRowsTest {

    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    @Test
    void positions_come_in_the_order_of_the_usccs_as_strings_with_repeats_side_by_side() {
        Random random = new Random(7);
        FeedMonthRows rows = new FeedMonthRows(2);
        List<String> usccs = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            String u = i > 0 && i % 97 == 0 ? usccs.get(random.nextInt(usccs.size())) : uscc(random, i % 3 == 0 ? "9146" : "");
            usccs.add(u);
            rows.add(u, new int[]{i, i % 7}, i + 2);
        }
        int[] order = rows.orderByUscc();

        List<String> sorted = IntStream.of(order).mapToObj(rows::uscc).toList();
        assertThat(sorted).isEqualTo(usccs.stream().sorted().toList());
        assertThat(IntStream.of(order).sorted().toArray()).isEqualTo(IntStream.range(0, 5000).toArray());
        for (int i = 0; i < order.length; i++) assertThat(rows.value(order[i], 0)).isEqualTo(order[i]);
        assertThat(rows.values(10)).containsExactly(10, 3);
        assertThat(rows.line(10)).isEqualTo(12);
    }

    @Test
    void the_fast_uscc_check_agrees_with_the_platforms_on_good_codes_and_on_every_kind_of_bad_one() {
        Random random = new Random(11);
        String alphabet = CHARSET + "IOSVZabc -_中";
        for (int i = 0; i < 20000; i++) {
            String good = uscc(random, "");
            assertThat(FeedMonthRows.UsccKey.valid(good)).as(good).isTrue();
            StringBuilder bad = new StringBuilder(good);
            int at = random.nextInt(18);
            bad.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
            String b = bad.toString();
            assertThat(FeedMonthRows.UsccKey.valid(b)).as(b).isEqualTo(Uscc.isValid(b));
        }
        for (String odd : new String[]{"", "91460000", good(random) + "0", "914600007", null})
            assertThat(FeedMonthRows.UsccKey.valid(odd)).isFalse();
    }

    @Test
    void the_registry_snapshot_finds_each_code_at_its_place_in_uscc_order_whatever_order_the_codes_came_in() {
        Random random = new Random(5);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 3000; i++) codes.add(uscc(random, i % 2 == 0 ? "9146" : ""));
        List<String> sorted = codes.stream().distinct().sorted().toList();
        for (List<String> given : List.of(sorted, codes)) { // in USCC order as the database sends them, and shuffled
            StringBuilder bytes = new StringBuilder();
            short[] regionOf = new short[given.size() + 1];
            for (int i = 0; i < given.size(); i++) {
                bytes.append(given.get(i));
                regionOf[i] = (short) (given.get(i).charAt(17) % 3);
            }
            bytes.append("91460000MA5T0000中".substring(0, 17)).append('?'); // not of the code's alphabet: left out
            regionOf[given.size()] = 0;
            RegistrySnapshot snapshot = RegistrySnapshot.of(new tongxing.enterprise.EnterpriseLocations.RegisteredCodes(
                    bytes.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), regionOf, List.of("460100", "460200", "460400")));

            assertThat(snapshot.size()).isEqualTo(sorted.size());
            for (int p = 0; p < sorted.size(); p++) {
                String u = sorted.get(p);
                assertThat(snapshot.positionOf(FeedMonthRows.UsccKey.part(u, 0), FeedMonthRows.UsccKey.part(u, 9))).isEqualTo(p);
                assertThat(snapshot.region(p)).isEqualTo(List.of("460100", "460200", "460400").get(u.charAt(17) % 3));
            }
            String unknown = uscc(random, "1246");
            assertThat(snapshot.positionOf(FeedMonthRows.UsccKey.part(unknown, 0), FeedMonthRows.UsccKey.part(unknown, 9))).isEqualTo(-1);
        }
    }

    @Test
    void the_registry_snapshot_finds_positions_beyond_the_nineteen_bits_of_a_key_half() {
        int n = 600_000; // positions from 2^19 = 524,288 on are kept in both halves of a slot
        byte[] codes = new byte[n * 18];
        List<String> some = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String base = "91460100MA" + String.format("%07d", i);
            String u = base + Uscc.checkCharacter(base);
            System.arraycopy(u.getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, codes, i * 18, 18);
            if (i % 49_999 == 0 || i == n - 1) some.add(u);
        }
        RegistrySnapshot snapshot = RegistrySnapshot.of(new tongxing.enterprise.EnterpriseLocations.RegisteredCodes(
                codes, new short[n], List.of("460100")));

        for (String u : some) {
            int i = Integer.parseInt(u.substring(10, 17));
            assertThat(snapshot.positionOf(FeedMonthRows.UsccKey.part(u, 0), FeedMonthRows.UsccKey.part(u, 9))).as(u).isEqualTo(i);
        }
    }

    private static String good(Random random) {
        return uscc(random, "");
    }

    private static String uscc(Random random, String prefix) {
        StringBuilder b = new StringBuilder(prefix);
        while (b.length() < 17) b.append(CHARSET.charAt(random.nextInt(CHARSET.length())));
        String u = b.toString() + Uscc.checkCharacter(b.toString());
        assertThat(Uscc.isValid(u)).isTrue();
        return u;
    }
}
