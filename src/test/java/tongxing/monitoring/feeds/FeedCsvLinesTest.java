package tongxing.monitoring.feeds;

import org.junit.jupiter.api.Test;
import tongxing.platform.identity.Uscc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The byte-level reading of a feed's CSV body gives the lines, numbers and values that a line reader would. */
class FeedCsvLinesTest {

    private static final String A = withCheck("91460100MA5T0000");
    private static final String B = withCheck("91460200MA5T0000");

    @Test
    void line_endings_blank_lines_quotes_case_blanks_and_a_last_line_without_newline() throws IOException {
        String body = "\uFEFF统一社会信用代码,参保人数,欠缴月数\r\n"
                + A + ",12,0\r\n"                      // line 2, CRLF
                + "\r\n"                                // line 3, blank
                + "   \n"                               // line 4, blank
                + A.toLowerCase() + " , 7 ,1\r"         // line 5, lone CR, lower case, blanks around fields
                + "\"" + B + "\",\"3\",0\n"             // line 6, quoted
                + B + ",x,0\n"                          // line 7, not a number
                + B + ",,0\n"                           // line 8, empty
                + B + ",5\n"                            // line 9, a missing field
                + "企业," + "5,0\n"                      // line 10, non-ASCII
                + B + ",1234567890,0\n"                 // line 11, ten digits
                + B + ",-3,0";                          // line 12, negative, no newline at the end

        List<String> read = readAll(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));

        assertThat(read).containsExactly(
                "2 " + A + " [12, 0] ok",
                "5 " + A + " [7, 1] ok",
                "6 " + B + " [3, 0] ok",
                "7 " + B + " [0, 0] insured",
                "8 " + B + " [0, 0] insured",
                "9 " + B + " [5, 0] arrearsMonths",
                "10 企业 [5, 0] uscc",
                "11 " + B + " [0, 0] insured",
                "12 " + B + " [0, 0] insured");
    }

    @Test
    void lines_that_straddle_the_read_buffer_and_a_body_that_comes_in_small_pieces() throws IOException {
        StringBuilder body = new StringBuilder("uscc,insured,arrearsMonths\n");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 12_000; i++) { // about 300 KB: several refills of the 64 KB buffer
            String crlf = i % 3 == 0 ? "\r\n" : "\n";
            body.append(i % 2 == 0 ? A : B).append(',').append(i).append(',').append(i % 5).append(crlf);
            expected.add((i + 2) + " " + (i % 2 == 0 ? A : B) + " [" + i + ", " + (i % 5) + "] ok");
        }
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(readAll(new ByteArrayInputStream(bytes))).isEqualTo(expected);
        // A network body hands over a few bytes at a time; a CR may end one piece and its LF start the next.
        InputStream trickle = new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 7));
            }
        };
        assertThat(readAll(trickle)).isEqualTo(expected);
    }

    private static List<String> readAll(InputStream in) throws IOException {
        FeedCsvLines lines = new FeedCsvLines(in, Feed.SOCIAL_INSURANCE);
        List<String> out = new ArrayList<>();
        int[] values = new int[2];
        while (lines.next()) {
            var problems = lines.read(values);
            out.add(lines.number() + " " + lines.uscc() + " [" + values[0] + ", " + values[1] + "] "
                    + (problems.isEmpty() ? "ok" : problems.get(0).field()));
        }
        return out;
    }

    private static String withCheck(String sixteen) {
        String seventeen = sixteen + "1";
        return seventeen + Uscc.checkCharacter(seventeen);
    }
}
