package org.ckptgen.example.subsystems;

import java.io.IOException;
import java.util.Arrays;
import java.util.BitSet;
import org.ckptgen.image.hook.CheckpointContext;

/**
 * The objrefs of the distinct live objects the tasks hold, in the order first met. Each object
 * is shared as it is met ({@link CheckpointContext#share} gives one object one objref, written
 * once), so distinct objects are distinct objrefs: the objrefs seen are kept in a bit set, and
 * nothing is collected per task.
 */
final class Distinct {
  interface Sharer<T> {
    int share(CheckpointContext ctx, T object) throws IOException;
  }

  private final CheckpointContext ctx;
  private final BitSet seen = new BitSet();
  private int[] refs = new int[16];
  private int count;
  /** The last object added: neighbouring tasks often hold the same one (a task's cred and ecred). */
  private Object last;

  Distinct(CheckpointContext ctx) {
    this.ctx = ctx;
  }

  /** Shares {@code object} unless it is null, and keeps its objref if it is new here. */
  <T> void add(T object, Sharer<T> sharer) throws IOException {
    if (object == null || object == last) {
      return;
    }
    last = object;
    int ref = sharer.share(ctx, object);
    if (ref > 0 && !seen.get(ref)) {
      seen.set(ref);
      if (count == refs.length) {
        refs = Arrays.copyOf(refs, count * 2);
      }
      refs[count++] = ref;
    }
  }

  /** The objrefs kept, in the order first met. */
  int[] refs() {
    return Arrays.copyOf(refs, count);
  }
}
