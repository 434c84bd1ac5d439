package org.ckptgen.image.hook;

import java.io.IOException;
import java.util.Objects;
import org.ckptgen.image.ImageWriter;
import org.ckptgen.runtime.RecordCodec;

/**
 * What a checkpoint hook works with. Shared objects go through {@link #share}: like the
 * kernel's objhash, the first reference to a live object writes it (after the objects it refers
 * to) and gives it an id; later references, from any subsystem, get the same id.
 */
public final class CheckpointContext {
  private static final int IN_PROGRESS = -1;

  private final ImageWriter writer;
  /**
   * Live object → objref ({@link #IN_PROGRESS} while its record is being built), by identity:
   * open addressing in two parallel arrays, so that a lookup, the common case (every reference
   * after the first), boxes nothing and allocates nothing.
   */
  private Object[] keys = new Object[256];
  private int[] ids = new int[256];
  private int size;
  private int written;
  /** The last object found or written, and its objref: neighbouring references are often to one object. */
  private Object lastKey;
  private int lastId;

  public CheckpointContext(ImageWriter writer) {
    this.writer = writer;
  }

  /** Builds the record of a shared object; it may {@link #share} the objects it refers to. */
  public interface RecordBuilder<T> {
    T build() throws IOException;
  }

  /**
   * The objref already given to the live object {@code identity}, or 0 if it has none yet (or
   * its record is still being built): a hook may ask this before {@link #share}, to skip making
   * a {@link RecordBuilder} for an object written already.
   */
  public int objref(Object identity) {
    if (identity == lastKey && identity != null) {
      return lastId;
    }
    int i = slot(identity);
    if (keys[i] == null || ids[i] == IN_PROGRESS) {
      return 0;
    }
    lastKey = identity;
    return lastId = ids[i];
  }

  /**
   * The objref of the live object {@code identity}. On its first reference, {@code record} is
   * built (sharing, and so writing, what it refers to first) and written as a shared object.
   *
   * @throws IllegalStateException if building the record refers back to {@code identity}: a
   *     cycle of shared objects cannot be written objects-first
   * @throws NullPointerException if {@code identity} is null: "none" is the objref 0, not a shared object
   */
  public <T> int share(Object identity, RecordCodec<T> codec, RecordBuilder<? extends T> record) throws IOException {
    if (identity == lastKey && identity != null) {
      return lastId;
    }
    int i = slot(Objects.requireNonNull(identity, "the live object to share"));
    if (keys[i] != null) {
      if (ids[i] == IN_PROGRESS) {
        throw new IllegalStateException("the shared object " + identity
            + " refers to itself through the objects its record refers to; break the cycle with a 0 objref");
      }
      lastKey = identity;
      return lastId = ids[i];
    }
    insert(i, identity);
    boolean done = false;
    try {
      T value = record.build();
      int objref = writer.writeObject(codec, value);
      ids[slot(identity)] = objref;  // found again: the table may have grown while the record was built
      written++;
      lastKey = identity;
      lastId = objref;
      done = true;
      return objref;
    } finally {
      if (!done) {
        remove(identity);
      }
    }
  }

  /** How many shared objects were written so far. */
  public int sharedObjects() {
    return written;
  }

  /** Where {@code o} is in {@link #keys}, or the empty slot where it would go. */
  private int slot(Object o) {
    int mask = keys.length - 1;
    int i = home(o, mask);
    for (Object k; (k = keys[i]) != null && k != o; ) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private static int home(Object o, int mask) {
    int h = System.identityHashCode(o) * 0x9E3779B1;  // spread, as identity hashes need not be
    return (h ^ (h >>> 16)) & mask;
  }

  /** Puts {@code o} in the empty slot {@code i}, in progress; keeps the table at most half full. */
  private void insert(int i, Object o) {
    keys[i] = o;
    ids[i] = IN_PROGRESS;
    if (++size * 2 > keys.length) {
      Object[] oldKeys = keys;
      int[] oldIds = ids;
      keys = new Object[oldKeys.length * 2];
      ids = new int[oldKeys.length * 2];
      for (int j = 0; j < oldKeys.length; j++) {
        if (oldKeys[j] != null) {
          int k = slot(oldKeys[j]);
          keys[k] = oldKeys[j];
          ids[k] = oldIds[j];
        }
      }
    }
  }

  /** Takes {@code o} out (a record that failed to build), moving back the entries that probed past it. */
  private void remove(Object o) {
    int mask = keys.length - 1;
    int hole = slot(o);
    if (keys[hole] == null) {
      return;
    }
    keys[hole] = null;
    size--;
    for (int j = (hole + 1) & mask; keys[j] != null; j = (j + 1) & mask) {
      // the entry at j may fill the hole if the hole lies on its probe path, from its home to j
      if (((j - home(keys[j], mask)) & mask) >= ((j - hole) & mask)) {
        keys[hole] = keys[j];
        ids[hole] = ids[j];
        keys[j] = null;
        hole = j;
      }
    }
  }
}
