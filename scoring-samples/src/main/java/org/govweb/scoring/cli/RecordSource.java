package org.govweb.scoring.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;

/** The records of a batch input, read one at a time. */
interface RecordSource extends Closeable {

    /** Largest piece of a line, in bytes: under half of G1's smallest region (1 MB). */
    int CHUNK = 256 * 1024;

    /**
     * Size of the blocks {@link #jsonLines(InputStream, boolean)} reads the input in: most lines (a small
     * site is 240 KB, a median one 870 KB) end in the block they start in and are parsed in place.
     */
    int BLOCK = 4 << 20;

    /** Reads eight bytes of an array as one little-endian long. */
    VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /**
     * @return the next record, or null at the end
     * @throws IOException when the input cannot be read
     */
    BatchRecord next() throws IOException;

    /**
     * Lines are cut from the raw bytes and handed on undecoded (the JSON parser reads UTF-8 itself, and
     * rejects malformed UTF-8); a {@code \r} before the {@code \n} and a byte order mark at the start are
     * dropped. The input is read in blocks of {@value #BLOCK} bytes: a line wholly inside a block is handed
     * on in place (its record holds the block until the line is parsed), a line across blocks is copied.
     *
     * @param in JSON Lines in UTF-8: one document per line; blank lines are skipped
     * @param closeInput close {@code in} with the source (false for standard input)
     * @return its records
     */
    static RecordSource jsonLines(InputStream in, boolean closeInput) {
        return jsonLines(in, closeInput, BLOCK);
    }

    /** {@link #jsonLines(InputStream, boolean)} in blocks of a given size (tests use small ones). */
    static RecordSource jsonLines(InputStream in, boolean closeInput, int blockSize) {
        return new RecordSource() {
            /** blocks whose lines are all parsed, to read into again */
            private final Queue<InputBlock> pool = new ConcurrentLinkedQueue<>();
            private InputBlock block = InputBlock.take(blockSize, pool);
            private byte[] buffer = block.bytes();
            /** a line that spans blocks, gathered here; reused */
            private byte[] gathered = new byte[1 << 20];
            private int pos;
            private int limit;
            private boolean eof;
            private long line;

            /** the line just read: {@code region[regionStart, regionEnd)}, in the buffer or in {@code gathered} */
            private byte[] region;
            private int regionStart;
            private int regionEnd;

            @Override
            public BatchRecord next() throws IOException {
                while (readLine()) {
                    line++;
                    int from = regionStart;
                    int to = regionEnd;
                    if (to > from && region[to - 1] == '\r') {
                        to--;
                    }
                    if (line == 1 && to - from >= 3 && (region[from] & 0xFF) == 0xEF
                            && (region[from + 1] & 0xFF) == 0xBB && (region[from + 2] & 0xFF) == 0xBF) {
                        from += 3;
                    }
                    if (!blank(region, from, to)) {
                        return region == buffer
                                ? BatchRecord.ofLine(line, block.retain(), from, to - from)
                                : BatchRecord.ofLine(line, chunks(region, from, to));
                    }
                }
                return null;
            }

            /**
             * Reads the next line (without its {@code \n}) into {@link #region}: in place when it ends in the
             * block it starts in, else gathered.
             *
             * @return false at the end of the input
             */
            private boolean readLine() throws IOException {
                int start = pos; // where the line starts in the buffer
                int scanned = pos; // no \n before this
                int length = 0; // bytes of the line in `gathered` (when it spans blocks)
                while (true) {
                    int newline = indexOfNewline(buffer, scanned, limit);
                    if (newline >= 0) {
                        pos = newline + 1;
                        if (length == 0) {
                            return setRegion(buffer, start, newline);
                        }
                        length = gather(length, start, newline);
                        return setRegion(gathered, 0, length);
                    }
                    scanned = limit;
                    if (limit == buffer.length) { // the block is full: the line goes on in the next one
                        length = gather(length, start, limit);
                        nextBlock();
                        start = 0;
                        scanned = 0;
                    }
                    if (!fill()) {
                        pos = limit;
                        if (length > 0) {
                            length = gather(length, start, limit);
                            return setRegion(gathered, 0, length);
                        }
                        return limit > start && setRegion(buffer, start, limit);
                    }
                }
            }

            /** Appends {@code buffer[from, to)} to the line gathered so far, returning the line's new length. */
            private int gather(int length, int from, int to) {
                int n = to - from;
                if (length + n > gathered.length) {
                    gathered = Arrays.copyOf(gathered, Math.max(length + n, 2 * gathered.length));
                }
                System.arraycopy(buffer, from, gathered, length, n);
                return length + n;
            }

            private boolean setRegion(byte[] array, int from, int to) {
                region = array;
                regionStart = from;
                regionEnd = to;
                return true;
            }

            /** Lets go of the full block and takes one to read into (a free one, or a new one). */
            private void nextBlock() {
                block.release();
                block = InputBlock.take(blockSize, pool);
                buffer = block.bytes();
                pos = 0;
                limit = 0;
            }

            /** Reads more input into the rest of the block (which is not full); false at the end of the input. */
            private boolean fill() throws IOException {
                if (eof) {
                    return false;
                }
                int n = in.read(buffer, limit, buffer.length - limit);
                if (n <= 0) {
                    eof = true;
                    return false;
                }
                limit += n;
                return true;
            }

            @Override
            public void close() throws IOException {
                if (block != null) {
                    block.release();
                    block = null;
                }
                if (closeInput) {
                    in.close();
                }
            }
        };
    }

    /**
     * @return the bytes {@code [from, to)} as pieces of at most {@value #CHUNK} bytes: a large site's line
     *     (megabytes) never becomes one huge array, which G1 would allocate as a humongous object
     */
    static List<byte[]> chunks(byte[] bytes, int from, int to) {
        if (to - from <= CHUNK) {
            return List.of(Arrays.copyOfRange(bytes, from, to));
        }
        List<byte[]> out = new ArrayList<>((to - from) / CHUNK + 1);
        for (int i = from; i < to; i += CHUNK) {
            out.add(Arrays.copyOfRange(bytes, i, Math.min(to, i + CHUNK)));
        }
        return out;
    }

    /**
     * @return the index of the first {@code \n} in {@code bytes[from, to)}, or -1. Eight bytes at a time
     *     (a national batch is 15 GB: a byte-by-byte loop took 10 s of a core, this takes 2)
     */
    static int indexOfNewline(byte[] bytes, int from, int to) {
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            long x = (long) LONGS.get(bytes, i) ^ 0x0A0A0A0A0A0A0A0AL; // a \n byte becomes 0
            // the high bit of each byte that is 0 (and perhaps of bytes above it, never below)
            long zeros = (x - 0x0101010101010101L) & ~x & 0x8080808080808080L;
            if (zeros != 0) {
                return i + (Long.numberOfTrailingZeros(zeros) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** @return whether the bytes {@code [from, to)} are all JSON whitespace (or none) */
    private static boolean blank(byte[] text, int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = text[i];
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }

    /**
     * @param directory a directory
     * @return a record per {@code *.json} file in it (not in subdirectories), in name order
     * @throws IOException when it cannot be listed
     */
    static RecordSource directory(Path directory) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(directory)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .toList();
        }
        Iterator<Path> it = files.iterator();
        return new RecordSource() {
            @Override
            public BatchRecord next() {
                return it.hasNext() ? BatchRecord.ofFile(it.next()) : null;
            }

            @Override
            public void close() {
                // nothing held open
            }
        };
    }
}
