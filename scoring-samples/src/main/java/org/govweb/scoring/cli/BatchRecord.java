package org.govweb.scoring.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One record of a batch: a line of JSON Lines, or a file of a directory.
 *
 * @param line the line's number (1-based) in a JSON Lines input; 0 for a file
 * @param file the file's name in a directory input; null for a line
 * @param chunks the line's bytes (UTF-8, as read), in pieces of at most {@link RecordSource#CHUNK} bytes;
 *     null for a file
 * @param path the file; null for a line
 */
record BatchRecord(long line, String file, List<byte[]> chunks, Path path) {

    /**
     * @param line 1-based line number
     * @param chunks the line's bytes, in pieces
     * @return the record of a JSON Lines line
     */
    static BatchRecord ofLine(long line, List<byte[]> chunks) {
        return new BatchRecord(line, null, List.copyOf(chunks), null);
    }

    /** @return the line's length in bytes (0 for a file) */
    long length() {
        long n = 0;
        if (chunks != null) {
            for (byte[] c : chunks) {
                n += c.length;
            }
        }
        return n;
    }

    /** @return the line's bytes as one stream (null for a file) */
    InputStream open() {
        if (chunks == null) {
            return null;
        }
        List<InputStream> parts = new ArrayList<>(chunks.size());
        for (byte[] c : chunks) {
            parts.add(new ByteArrayInputStream(c));
        }
        return new SequenceInputStream(Collections.enumeration(parts));
    }

    /**
     * @param path a file of the input directory
     * @return the record of that file
     */
    static BatchRecord ofFile(Path path) {
        return new BatchRecord(0, path.getFileName().toString(), null, path);
    }

    /** @return where the record is, for messages: {@code line 12} or the file name */
    String where() {
        return file != null ? file : "line " + line;
    }
}
