package org.govweb.scoring.cli;

import java.util.Queue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A block of a JSON Lines input, read at once: the lines wholly inside it are parsed in place (a national
 * batch is 15 GB; copying each line out of the read buffer cost a copy and an allocation per byte), and
 * it is read into again once the reader has moved on and every such line has been parsed.
 *
 * <p>Whoever holds it (the reader while it fills and scans it, each record of a line inside it until the
 * line is parsed) calls {@link #release()} once; the last release puts it back in its pool. A block never
 * released (a record dropped unparsed) is simply left to the garbage collector.
 */
final class InputBlock {

    private final byte[] bytes;
    private final AtomicInteger holders = new AtomicInteger();
    private final Queue<InputBlock> pool;

    private InputBlock(int size, Queue<InputBlock> pool) {
        this.bytes = new byte[size];
        this.pool = pool;
    }

    /**
     * @param size the block size, in bytes (every block of a pool has the same)
     * @param pool the free blocks (thread-safe): one is taken from it, or a new one is made
     * @return a block held once (by the caller)
     */
    static InputBlock take(int size, Queue<InputBlock> pool) {
        InputBlock block = pool.poll();
        if (block == null) {
            block = new InputBlock(size, pool);
        }
        block.holders.set(1);
        return block;
    }

    /** @return the block's bytes */
    byte[] bytes() {
        return bytes;
    }

    /** @return this block, held once more (by a record of a line inside it) */
    InputBlock retain() {
        holders.incrementAndGet();
        return this;
    }

    /** Lets go of the block: the last holder puts it back in its pool. */
    void release() {
        int left = holders.decrementAndGet();
        if (left == 0) {
            pool.offer(this);
        } else if (left < 0) {
            throw new IllegalStateException("an input block was released more often than held");
        }
    }
}
