package org.govweb.scoring.cli;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
     * @param in JSON Lines in UTF-8: one document per line; blank lines are skipped
     * @param closeInput close {@code in} with the source (false for standard input)
     * @return its records
     */
    static RecordSource jsonLines(InputStream in, boolean closeInput) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        return new RecordSource() {
            private long line;

            @Override
            public BatchRecord next() throws IOException {
                String text;
                while ((text = reader.readLine()) != null) {
                    line++;
                    if (line == 1 && text.startsWith("\uFEFF")) {
                        text = text.substring(1);
                    }
                    if (!text.isBlank()) {
                        return BatchRecord.ofLine(line, text);
                    }
                }
                return null;
            }

            @Override
            public void close() throws IOException {
                if (closeInput) {
                    reader.close();
                }
            }
        };
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
