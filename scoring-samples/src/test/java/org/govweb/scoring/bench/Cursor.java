package org.govweb.scoring.bench;

import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Each thread's place in the pool of inputs. */
@State(Scope.Thread)
public class Cursor {
    private int next;

    /**
     * @param poolSize the number of inputs
     * @return the index of the next input to take
     */
    public int next(int poolSize) {
        int i = next;
        next = i + 1 == poolSize ? 0 : i + 1;
        return i;
    }
}
