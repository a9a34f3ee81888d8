package org.govweb.scoring.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/** The records of a batch input, read one at a time. */
interface RecordSource extends Closeable {

    /**
     * @return the next record, or null at the end
     * @throws IOException when the input cannot be read
     */
    BatchRecord next() throws IOException;

    /**
     * Lines are cut from the raw bytes and handed on undecoded (the JSON parser reads UTF-8 itself, and
     * rejects malformed UTF-8); a {@code \r} before the {@code \n} and a byte order mark at the start are
     * dropped.
     *
     * @param in JSON Lines in UTF-8: one document per line; blank lines are skipped
     * @param closeInput close {@code in} with the source (false for standard input)
     * @return its records
     */
    static RecordSource jsonLines(InputStream in, boolean closeInput) {
        return new RecordSource() {
            private final byte[] buffer = new byte[1 << 20];
            /** a line that spans reads, gathered here; reused */
            private byte[] gathered = new byte[1 << 20];
            private int pos;
            private int limit;
            private boolean eof;
            private long line;

            @Override
            public BatchRecord next() throws IOException {
                byte[] text;
                while ((text = readLine()) != null) {
                    line++;
                    int from = 0;
                    if (line == 1 && text.length >= 3 && (text[0] & 0xFF) == 0xEF && (text[1] & 0xFF) == 0xBB
                            && (text[2] & 0xFF) == 0xBF) {
                        from = 3;
                    }
                    if (!blank(text, from)) {
                        return BatchRecord.ofLine(line, from == 0 ? text : Arrays.copyOfRange(text, from, text.length));
                    }
                }
                return null;
            }

            /** @return the next line without its end ({@code \n} or {@code \r\n}), or null at the end */
            private byte[] readLine() throws IOException {
                int length = 0; // bytes of the line in `gathered` (when it spans reads)
                while (true) {
                    if (pos == limit && !fill()) {
                        return length == 0 ? null : finish(gathered, length);
                    }
                    int start = pos;
                    while (pos < limit && buffer[pos] != '\n') {
                        pos++;
                    }
                    boolean found = pos < limit;
                    if (found && length == 0) { // the whole line is in the buffer: one copy
                        byte[] out = Arrays.copyOfRange(buffer, start, pos);
                        pos++;
                        return trimCr(out);
                    }
                    int n = pos - start;
                    if (length + n > gathered.length) {
                        gathered = Arrays.copyOf(gathered, Math.max(length + n, 2 * gathered.length));
                    }
                    System.arraycopy(buffer, start, gathered, length, n);
                    length += n;
                    if (found) {
                        pos++;
                        return finish(gathered, length);
                    }
                }
            }

            private byte[] finish(byte[] bytes, int length) {
                int end = length > 0 && bytes[length - 1] == '\r' ? length - 1 : length;
                return Arrays.copyOf(bytes, end);
            }

            private boolean fill() throws IOException {
                if (eof) {
                    return false;
                }
                int n = in.read(buffer, 0, buffer.length);
                pos = 0;
                limit = Math.max(n, 0);
                if (n <= 0) {
                    eof = true;
                    return false;
                }
                return true;
            }

            @Override
            public void close() throws IOException {
                if (closeInput) {
                    in.close();
                }
            }
        };
    }

    private static byte[] trimCr(byte[] line) {
        return line.length > 0 && line[line.length - 1] == '\r' ? Arrays.copyOf(line, line.length - 1) : line;
    }

    /** @return whether the bytes from {@code from} are all JSON whitespace (or none) */
    private static boolean blank(byte[] text, int from) {
        for (int i = from; i < text.length; i++) {
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
