package org.govweb.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON Lines reader of {@code batch}: lines cut from raw bytes. */
class RecordSourceTest {

    private static List<String> lines(byte[] input) throws IOException {
        List<String> out = new ArrayList<>();
        try (RecordSource source = RecordSource.jsonLines(new ByteArrayInputStream(input), true)) {
            BatchRecord r;
            while ((r = source.next()) != null) {
                out.add(r.line() + ":" + new String(r.open().readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static List<String> lines(String input) throws IOException {
        return lines(input.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void numbersLinesFromOneAndSkipsBlankOnes() throws IOException {
        assertThat(lines("{\"a\":1}\n\n  \t\n{\"b\":\"网站\"}\n")).containsExactly("1:{\"a\":1}", "4:{\"b\":\"网站\"}");
    }

    @Test
    void dropsACarriageReturnBeforeTheNewlineAndReadsALastLineWithoutOne() throws IOException {
        assertThat(lines("{\"a\":1}\r\n{\"b\":2}")).containsExactly("1:{\"a\":1}", "2:{\"b\":2}");
        assertThat(lines("\r\n{\"b\":2}\r")).containsExactly("2:{\"b\":2}");
    }

    @Test
    void dropsAByteOrderMarkOnlyAtTheStart() throws IOException {
        assertThat(lines("\uFEFF{\"a\":1}\n\uFEFF{\"b\":2}\n"))
                .containsExactly("1:{\"a\":1}", "2:\uFEFF{\"b\":2}");
        assertThat(lines("\uFEFF\n{\"a\":1}")).containsExactly("2:{\"a\":1}");
    }

    @Test
    void readsLinesLongerThanItsBufferWhole() throws IOException {
        String big = "{\"x\":\"" + "数".repeat(400_000) + "\"}"; // 1.2 MB, more than the buffer
        String small = "{\"y\":1}";
        assertThat(lines(big + "\n" + small + "\n" + big)).containsExactly("1:" + big, "2:" + small, "3:" + big);
    }

    @Test
    void handsOnMalformedUtf8AsItIsForTheParserToReject() throws IOException {
        byte[] input = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, 'A', '"', '}', '\n'};
        List<byte[]> out = new ArrayList<>();
        try (RecordSource source = RecordSource.jsonLines(new ByteArrayInputStream(input), true)) {
            out.add(source.next().open().readAllBytes());
            assertThat(source.next()).isNull();
        }
        assertThat(out.get(0)).containsExactly(0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0xC3, 0x41, 0x22, 0x7D);
    }

    @Test
    void linesCutAcrossReadsOfAnyLengthComeOutWhole() throws IOException {
        String text = "\uFEFF{\"a\":1}\r\n\n{\"b\":\"网站\"}\r\n  \n{\"c\":[1,2,3]}";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (int chunk = 1; chunk <= 8; chunk++) {
            int size = chunk;
            InputStream trickle = new ByteArrayInputStream(bytes) {
                @Override
                public synchronized int read(byte[] b, int off, int len) {
                    return super.read(b, off, Math.min(len, size));
                }
            };
            List<String> out = new ArrayList<>();
            try (RecordSource source = RecordSource.jsonLines(trickle, true)) {
                BatchRecord r;
                while ((r = source.next()) != null) {
                    out.add(r.line() + ":" + new String(r.open().readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            assertThat(out).as("reads of %d bytes", size)
                    .containsExactly("1:{\"a\":1}", "3:{\"b\":\"网站\"}", "5:{\"c\":[1,2,3]}");
        }
    }

    @Test
    void aLineAcrossBlocksComesInPiecesSmallerThanAHumongousObject() throws IOException {
        String big = "{\"x\":\"" + "a".repeat(600_000) + "\"}";
        try (RecordSource source = RecordSource.jsonLines(
                new ByteArrayInputStream((big + "\r\n").getBytes(StandardCharsets.UTF_8)), true, 64 * 1024)) {
            BatchRecord r = source.next();
            assertThat(r.block()).isNull();
            assertThat(r.chunks()).hasSize(3).allSatisfy(c -> assertThat(c.length).isLessThanOrEqualTo(RecordSource.CHUNK));
            assertThat(r.length()).isEqualTo(big.length());
            assertThat(new String(r.open().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(big);
            assertThat(new String(r.open().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(big);
        }
    }

    @Test
    void aLineInsideABlockIsHandedOnInPlace() throws IOException {
        byte[] input = "{\"a\":1}\n{\"b\":22}\n".getBytes(StandardCharsets.UTF_8);
        try (RecordSource source = RecordSource.jsonLines(new ByteArrayInputStream(input), true)) {
            BatchRecord first = source.next();
            BatchRecord second = source.next();
            assertThat(first.chunks()).isNull();
            assertThat(first.block()).isSameAs(second.block());
            assertThat(first.offset()).isEqualTo(0);
            assertThat(first.length()).isEqualTo(7);
            assertThat(second.offset()).isEqualTo(8);
            assertThat(second.length()).isEqualTo(8);
            assertThat(new String(second.open().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("{\"b\":22}");
        }
    }

    /** Lines of every length, cut by blocks and reads of every size, in every place a line can end. */
    @Test
    void linesComeOutWholeWhateverTheBlockAndReadSizes() throws IOException {
        StringBuilder text = new StringBuilder("\uFEFF");
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            String line = "{\"n\":\"" + "网".repeat(i % 7) + "x".repeat(i) + "\"}";
            text.append(line).append(i % 3 == 0 ? "\r\n" : "\n").append(i % 5 == 0 ? "\n" : "");
            expected.add(line);
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        for (int block = 1; block <= 70; block += 3) {
            for (int read : new int[] {1, 5, 64, 1 << 20}) {
                List<String> out = new ArrayList<>();
                try (RecordSource source = RecordSource.jsonLines(trickle(bytes, read), true, block)) {
                    BatchRecord r;
                    while ((r = source.next()) != null) {
                        out.add(new String(r.open().readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
                assertThat(out).as("blocks of %d bytes, reads of %d", block, read).isEqualTo(expected);
            }
        }
    }

    /** A block is read into again only once the reader has moved on and each line in it has been parsed. */
    @Test
    void aBlockIsReusedOnlyOnceItsLinesAreParsed() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            text.append("{\"k\":").append(i).append("}\n");
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        // held: no block is read into again while its records wait, whatever comes after them
        List<BatchRecord> held = new ArrayList<>();
        java.util.Set<InputBlock> blocks = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        try (RecordSource source = RecordSource.jsonLines(new ByteArrayInputStream(bytes), true, 64)) {
            BatchRecord r;
            while ((r = source.next()) != null) {
                held.add(r);
                if (r.block() != null) {
                    blocks.add(r.block());
                }
            }
        }
        for (int i = 0; i < held.size(); i++) {
            assertThat(new String(held.get(i).open().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("{\"k\":" + i + "}");
        }
        assertThat(blocks).hasSizeGreaterThan(20);
        // parsed as they come: the same few blocks serve the whole input
        blocks.clear();
        int n = 0;
        try (RecordSource source = RecordSource.jsonLines(new ByteArrayInputStream(bytes), true, 64)) {
            BatchRecord r;
            while ((r = source.next()) != null) {
                assertThat(new String(r.open().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("{\"k\":" + n++ + "}");
                if (r.block() != null) {
                    blocks.add(r.block());
                    r.block().release();
                }
            }
        }
        assertThat(n).isEqualTo(200);
        assertThat(blocks).hasSizeLessThanOrEqualTo(2);
    }

    @Test
    void readingALineParsesItAndLetsGoOfItsBlock() throws IOException {
        byte[] input = ("{\"type\":\"newMedia\"}\n").getBytes(StandardCharsets.UTF_8);
        RecordSource source = RecordSource.jsonLines(new ByteArrayInputStream(input), true);
        BatchRecord r = source.next();
        org.assertj.core.api.Assertions.assertThatThrownBy(r::read)
                .isInstanceOf(org.govweb.scoring.engine.InvalidInspectionException.class);
        source.close(); // the reader's hold: the block is free now
        org.assertj.core.api.Assertions.assertThatThrownBy(r.block()::release)
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("released more often");
    }

    private static InputStream trickle(byte[] bytes, int size) {
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, size));
            }
        };
    }

    @Test
    void anEmptyInputHasNoRecords() throws IOException {
        assertThat(lines("")).isEmpty();
        assertThat(lines("\n\n")).isEmpty();
    }

    @Test
    void findsTheFirstNewlineEightBytesAtATimeAsAByteLoopWould() {
        // bytes that differ from \n in one bit, or borrow into their neighbours in the word arithmetic
        byte[] others = {0x00, 0x01, 0x08, 0x09, 0x0B, 0x0E, (byte) 0x8A, (byte) 0xFF, 0x7F, (byte) 0x80, 'n', (byte) 0xE5};
        java.util.Random random = new java.util.Random(6);
        for (int length = 0; length <= 40; length++) {
            for (int round = 0; round < 200; round++) {
                byte[] bytes = new byte[length];
                for (int i = 0; i < length; i++) {
                    bytes[i] = random.nextInt(6) == 0 ? (byte) '\n' : others[random.nextInt(others.length)];
                }
                int from = length == 0 ? 0 : random.nextInt(length + 1);
                int to = from + random.nextInt(length - from + 1);
                int expected = -1;
                for (int i = from; i < to; i++) {
                    if (bytes[i] == '\n') {
                        expected = i;
                        break;
                    }
                }
                assertThat(RecordSource.indexOfNewline(bytes, from, to)).as("length %d, [%d, %d)", length, from, to)
                        .isEqualTo(expected);
            }
        }
    }
}
