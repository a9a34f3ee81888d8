package org.govweb.scoring.validation;

/**
 * The ids of one list (or of several lists that share an id space) with where each was first seen: an
 * open-addressing table of strings and longs, without an entry object or a boxed value per id. Validation
 * puts every id of an inspection here (tens of thousands for a large site), so it is kept lean.
 */
final class IdIndex {

    private String[] keys;
    private long[] values;
    private int size;

    /** @param expected how many ids will be put (the table grows when there are more) */
    IdIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1; // load factor ≤ 0.5
        keys = new String[capacity];
        values = new long[capacity];
    }

    /**
     * @param key an id
     * @param value where it is seen
     * @return where it was first seen when it was put before (and nothing changes), else -1 (and it is put)
     */
    long putIfAbsent(String key, long value) {
        int i = slot(key);
        if (keys[i] != null) {
            return values[i];
        }
        keys[i] = key;
        values[i] = value;
        if (++size * 2 > keys.length) {
            grow();
        }
        return -1;
    }

    /**
     * @param key an id, or null
     * @return whether it was put
     */
    boolean contains(String key) {
        return key != null && keys[slot(key)] != null;
    }

    /** @return the slot holding the key, or the empty slot where it would go */
    private int slot(String key) {
        int mask = keys.length - 1;
        int i = spread(key.hashCode()) & mask;
        String k;
        while ((k = keys[i]) != null && !k.equals(key)) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        String[] oldKeys = keys;
        long[] oldValues = values;
        keys = new String[oldKeys.length * 2];
        values = new long[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                putIfAbsent(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
