package org.govweb.scoring.validation;

/**
 * The ids of one list (or of several lists that share an id space) with where each was first seen: an
 * open-addressing table of strings and longs, without an entry object or a boxed value per id. Validation
 * puts every id of an inspection here (tens of thousands for a large site), so it is kept lean.
 */
final class IdIndex {

    private String[] keys;
    /** each key's {@link String#hashCode()}, compared before the key itself */
    private int[] hashes;
    private long[] values;
    private int size;

    /** @param expected how many ids will be put (the table grows when there are more) */
    IdIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1; // load factor ≤ 0.5
        keys = new String[capacity];
        hashes = new int[capacity];
        values = new long[capacity];
    }

    /**
     * @param key an id
     * @param value where it is seen
     * @return where it was first seen when it was put before (and nothing changes), else -1 (and it is put)
     */
    long putIfAbsent(String key, long value) {
        return putIfAbsent(key, key.hashCode(), value);
    }

    /**
     * @param key an id
     * @param hash its {@link String#hashCode()}, when the caller computed it in a pass of its own over the id
     * @param value where it is seen
     * @return where it was first seen when it was put before (and nothing changes), else -1 (and it is put)
     */
    long putIfAbsent(String key, int hash, long value) {
        int i = slot(key, hash);
        if (keys[i] != null) {
            return values[i];
        }
        keys[i] = key;
        hashes[i] = hash;
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
        return key != null && keys[slot(key, key.hashCode())] != null;
    }

    /** @return the slot holding the key, or the empty slot where it would go */
    private int slot(String key, int hash) {
        int mask = keys.length - 1;
        int i = spread(hash) & mask;
        String k;
        while ((k = keys[i]) != null && !(hashes[i] == hash && k.equals(key))) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        String[] oldKeys = keys;
        int[] oldHashes = hashes;
        long[] oldValues = values;
        keys = new String[oldKeys.length * 2];
        hashes = new int[oldKeys.length * 2];
        values = new long[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                putIfAbsent(oldKeys[i], oldHashes[i], oldValues[i]);
            }
        }
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
