package org.ckptgen.image.hook;

import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.Map;
import org.ckptgen.image.ImageWriter;
import org.ckptgen.runtime.RecordCodec;

/**
 * What a checkpoint hook works with. Shared objects go through {@link #share}: like the
 * kernel's objhash, the first reference to a live object writes it (after the objects it refers
 * to) and gives it an id; later references, from any subsystem, get the same id.
 */
public final class CheckpointContext {
  private final ImageWriter writer;
  /** Live object → objref; {@link #IN_PROGRESS} while its record is being built. */
  private final Map<Object, Integer> objects = new IdentityHashMap<>();
  private static final Integer IN_PROGRESS = -1;

  public CheckpointContext(ImageWriter writer) {
    this.writer = writer;
  }

  /** Builds the record of a shared object; it may {@link #share} the objects it refers to. */
  public interface RecordBuilder<T> {
    T build() throws IOException;
  }

  /**
   * The objref of the live object {@code identity}. On its first reference, {@code record} is
   * built (sharing, and so writing, what it refers to first) and written as a shared object.
   *
   * @throws IllegalStateException if building the record refers back to {@code identity}: a
   *     cycle of shared objects cannot be written objects-first
   */
  public <T> int share(Object identity, RecordCodec<T> codec, RecordBuilder<? extends T> record) throws IOException {
    Integer known = objects.get(identity);
    if (IN_PROGRESS.equals(known)) {
      throw new IllegalStateException("the shared object " + identity
          + " refers to itself through the objects its record refers to; break the cycle with a 0 objref");
    }
    if (known != null) {
      return known;
    }
    objects.put(identity, IN_PROGRESS);
    try {
      T value = record.build();
      int objref = writer.writeObject(codec, value);
      objects.put(identity, objref);
      return objref;
    } finally {
      objects.remove(identity, IN_PROGRESS);
    }
  }

  /** How many shared objects were written so far. */
  public int sharedObjects() {
    return (int) objects.values().stream().filter(id -> id > 0).count();
  }
}
