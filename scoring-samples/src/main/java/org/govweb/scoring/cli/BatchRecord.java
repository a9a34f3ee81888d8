package org.govweb.scoring.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.govweb.scoring.Inspection;
import org.govweb.scoring.json.ScoringJson;

/**
 * One record of a batch: a line of JSON Lines (in place in a block of the input, or in pieces of its own),
 * or a file of a directory.
 *
 * @param line the line's number (1-based) in a JSON Lines input; 0 for a file
 * @param file the file's name in a directory input; null for a line
 * @param block the block of the input the line lies in, held until the line is {@link #read() read}; null
 *     for a line in pieces or a file
 * @param offset where the line starts in the block
 * @param length the line's length in bytes (0 for a file)
 * @param chunks the line's bytes (UTF-8, as read), in pieces of at most {@link RecordSource#CHUNK} bytes,
 *     when it spans blocks; null otherwise
 * @param path the file; null for a line
 */
record BatchRecord(long line, String file, InputBlock block, int offset, int length, List<byte[]> chunks, Path path) {

    /**
     * @param line 1-based line number
     * @param chunks the line's bytes, in pieces
     * @return the record of a JSON Lines line copied out of the input
     */
    static BatchRecord ofLine(long line, List<byte[]> chunks) {
        int length = 0;
        for (byte[] c : chunks) {
            length += c.length;
        }
        return new BatchRecord(line, null, null, 0, length, List.copyOf(chunks), null);
    }

    /**
     * @param line 1-based line number
     * @param block the block the line lies in, held once for this record
     * @param offset where the line starts in it
     * @param length its length in bytes
     * @return the record of a JSON Lines line read in place
     */
    static BatchRecord ofLine(long line, InputBlock block, int offset, int length) {
        return new BatchRecord(line, null, block, offset, length, null, null);
    }

    /**
     * @param path a file of the input directory
     * @return the record of that file
     */
    static BatchRecord ofFile(Path path) {
        return new BatchRecord(0, path.getFileName().toString(), null, 0, 0, null, path);
    }

    /** @return whether the record is a line of JSON Lines (else a file) */
    boolean isLine() {
        return path == null;
    }

    /**
     * Parses a line, and lets go of its block (whatever the outcome): call it once.
     *
     * @return the inspection of the line
     * @throws org.govweb.scoring.engine.InvalidInspectionException when it is not a valid inspection
     */
    Inspection read() {
        if (block != null) {
            try {
                return ScoringJson.readInspection(block.bytes(), offset, length);
            } finally {
                block.release();
            }
        }
        return chunks.size() == 1 ? ScoringJson.readInspection(chunks.get(0)) : ScoringJson.readInspection(open());
    }

    /**
     * @return the line's bytes as one stream (null for a file); for a line in a block, only before it is
     *     {@link #read() read}
     */
    InputStream open() {
        if (block != null) {
            return new ByteArrayInputStream(block.bytes(), offset, length);
        }
        if (chunks == null) {
            return null;
        }
        List<InputStream> parts = new ArrayList<>(chunks.size());
        for (byte[] c : chunks) {
            parts.add(new ByteArrayInputStream(c));
        }
        return new SequenceInputStream(Collections.enumeration(parts));
    }

    /** @return where the record is, for messages: {@code line 12} or the file name */
    String where() {
        return file != null ? file : "line " + line;
    }
}
