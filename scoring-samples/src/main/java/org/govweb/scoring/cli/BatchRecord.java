package org.govweb.scoring.cli;

import java.nio.file.Path;

/**
 * One record of a batch: a line of JSON Lines, or a file of a directory.
 *
 * @param line the line's number (1-based) in a JSON Lines input; 0 for a file
 * @param file the file's name in a directory input; null for a line
 * @param json the line's bytes (UTF-8, as read); null for a file
 * @param path the file; null for a line
 */
record BatchRecord(long line, String file, byte[] json, Path path) {

    /**
     * @param line 1-based line number
     * @param json the line's bytes
     * @return the record of a JSON Lines line
     */
    static BatchRecord ofLine(long line, byte[] json) {
        return new BatchRecord(line, null, json, null);
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
