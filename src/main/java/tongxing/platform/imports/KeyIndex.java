package tongxing.platform.imports;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The natural keys seen so far in one file and the row of each, for "与第N行重复". A file may
 * hold a million rows, so this is an open-addressing table over one byte arena instead of a
 * {@code HashMap<String, Integer>}: about 30 bytes per 18-character key instead of about 120.
 */
final class KeyIndex {

    private byte[] arena = new byte[1 << 16];
    private int arenaUsed;
    private int[] offsets;   // arena offset + 1 of the key in each slot, 0 = empty
    private int[] rows;
    private int size;

    KeyIndex() {
        offsets = new int[1 << 12];
        rows = new int[offsets.length];
    }

    /**
     * Remembers the key for the row unless it was seen before.
     *
     * @return the row where the key first appeared, or -1 when it is new
     */
    int putIfAbsent(String key, int row) {
        byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > 0xFFFF) bytes = Arrays.copyOf(bytes, 0xFFFF); // keys are codes, not essays
        int mask = offsets.length - 1;
        for (int slot = hash(bytes) & mask; ; slot = (slot + 1) & mask) {
            int offset = offsets[slot];
            if (offset == 0) {
                offsets[slot] = store(bytes) + 1;
                rows[slot] = row;
                if (++size * 2 > offsets.length) grow();
                return -1;
            }
            if (equalsAt(offset - 1, bytes)) return rows[slot];
        }
    }

    int size() {
        return size;
    }

    private int store(byte[] bytes) {
        int needed = arenaUsed + 2 + bytes.length;
        if (needed > arena.length) arena = Arrays.copyOf(arena, Math.max(needed, arena.length * 2));
        int at = arenaUsed;
        arena[at] = (byte) (bytes.length >>> 8);
        arena[at + 1] = (byte) bytes.length;
        System.arraycopy(bytes, 0, arena, at + 2, bytes.length);
        arenaUsed = needed;
        return at;
    }

    private int lengthAt(int at) {
        return ((arena[at] & 0xFF) << 8) | (arena[at + 1] & 0xFF);
    }

    private boolean equalsAt(int at, byte[] bytes) {
        return lengthAt(at) == bytes.length
                && Arrays.equals(arena, at + 2, at + 2 + bytes.length, bytes, 0, bytes.length);
    }

    private void grow() {
        int[] oldOffsets = offsets, oldRows = rows;
        offsets = new int[oldOffsets.length * 2];
        rows = new int[offsets.length];
        int mask = offsets.length - 1;
        for (int i = 0; i < oldOffsets.length; i++) {
            int offset = oldOffsets[i];
            if (offset == 0) continue;
            int at = offset - 1;
            int slot = hash(arena, at + 2, lengthAt(at)) & mask;
            while (offsets[slot] != 0) slot = (slot + 1) & mask;
            offsets[slot] = offset;
            rows[slot] = oldRows[i];
        }
    }

    private static int hash(byte[] bytes) {
        return hash(bytes, 0, bytes.length);
    }

    private static int hash(byte[] b, int from, int length) {
        int h = 0x811C9DC5; // FNV-1a, then spread so that linear probing sees the high bits too
        for (int i = from; i < from + length; i++) h = (h ^ (b[i] & 0xFF)) * 0x01000193;
        return h ^ (h >>> 16);
    }
}
