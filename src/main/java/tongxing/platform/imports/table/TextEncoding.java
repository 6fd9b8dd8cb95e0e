package tongxing.platform.imports.table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Guesses the encoding of a CSV file: UTF-8 (with or without BOM) or, for the files Excel on a
 * Chinese Windows saves as "CSV", GBK (read as its superset GB18030). Looks at the first 64 KB
 * only, which is enough: GBK text is almost never valid UTF-8.
 */
final class TextEncoding {

    static final Charset GB18030 = Charset.forName("GB18030");
    private static final int SAMPLE = 64 * 1024;

    private TextEncoding() {
    }

    /** The charset, and how many bytes of BOM to skip. */
    record Detected(Charset charset, int bomLength) {
    }

    static Detected detect(InputStream in) throws IOException {
        byte[] sample = in.readNBytes(SAMPLE);
        if (sample.length >= 3 && (sample[0] & 0xFF) == 0xEF && (sample[1] & 0xFF) == 0xBB && (sample[2] & 0xFF) == 0xBF)
            return new Detected(StandardCharsets.UTF_8, 3);
        return new Detected(isUtf8(sample, sample.length == SAMPLE) ? StandardCharsets.UTF_8 : GB18030, 0);
    }

    private static boolean isUtf8(byte[] sample, boolean truncated) {
        int length = sample.length;
        // A multi-byte character cut by the end of the sample is not an error: drop up to 3 trailing bytes.
        if (truncated) {
            int cut = 0;
            while (cut < 3 && cut < length && (sample[length - 1 - cut] & 0xC0) == 0x80) cut++;
            if (cut < length && (sample[length - 1 - cut] & 0xC0) == 0xC0) length -= cut + 1;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            decoder.decode(ByteBuffer.wrap(sample, 0, length));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
