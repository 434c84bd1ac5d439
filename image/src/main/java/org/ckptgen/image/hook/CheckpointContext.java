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
  private Object[] keys = new Object[1024];
  private int[] ids = new int[1024];
  private int size;
  private int written;
  /**
   * The objects found or written last, and their objrefs, most recent at {@link #recent}: a
   * hook's neighbouring references are mostly to a few objects (a task's label and its files'
   * label, one after the other), which these few compares find without hashing or touching the
   * table. Only objects with their objref given enter; an objref never changes once given.
   */
  private final Object[] recentKeys = new Object[RECENT];
  private final int[] recentIds = new int[RECENT];
  private int recent;
  private static final int RECENT = 4;
  /**
   * The object {@link #objref} last did not find, and the empty slot where it would go: the
   * {@link #share} that follows such a miss (the pattern objref's comment describes) starts
   * there instead of probing again. Forgotten once anything is put in or taken out.
   */
  private Object missed;
  private int missedSlot;
  /** Counts the changes that move entries between slots (growth, removal): a slot found before is still right if it is unchanged. */
  private int moves;

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
    if (identity == null) {
      return 0;
    }
    int r = recentlyFound(identity);
    if (r != 0) {
      return r;
    }
    int i = slot(identity);
    if (keys[i] == null) {
      missed = identity;
      missedSlot = i;
      return 0;
    }
    if (ids[i] == IN_PROGRESS) {
      return 0;
    }
    return found(identity, ids[i]);
  }

  /** The objref of {@code identity} if it is one of the objects found or written last; 0 if not. */
  private int recentlyFound(Object identity) {
    Object[] k = recentKeys;
    for (int j = 0; j < RECENT; j++) {
      if (k[j] == identity) {
        return recentIds[j];
      }
    }
    return 0;
  }

  /** Remembers {@code identity}, whose objref is {@code id}, as the object found last; returns {@code id}. */
  private int found(Object identity, int id) {
    int j = recent = (recent + 1) & (RECENT - 1);
    recentKeys[j] = identity;
    recentIds[j] = id;
    return id;
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
    int r = recentlyFound(Objects.requireNonNull(identity, "the live object to share"));
    if (r != 0) {
      return r;
    }
    int i = identity == missed ? missedSlot : slot(identity);  // objref(identity) just missed: no second probe
    if (keys[i] != null) {
      if (ids[i] == IN_PROGRESS) {
        throw new IllegalStateException("the shared object " + identity
            + " refers to itself through the objects its record refers to; break the cycle with a 0 objref");
      }
      return found(identity, ids[i]);
    }
    int movesBefore = moves;  // before the insert, which may grow the table itself
    insert(i, identity);
    boolean done = false;
    try {
      T value = record.build();
      int objref = writer.writeObject(codec, value);
      // the building may have grown the table, or taken a failed object out, and moved this one
      ids[moves == movesBefore ? i : slot(identity)] = objref;
      written++;
      done = true;
      return found(identity, objref);
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
    missed = null;
    if (++size * 2 > keys.length) {
      moves++;
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
    missed = null;
    moves++;
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
