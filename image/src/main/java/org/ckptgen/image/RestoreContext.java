package org.ckptgen.image;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What a restore hook works with: who asks (to check every id the image asks for), the flags
 * of the restore, and the image's shared objects, by id and expected type. Restore hooks run
 * only after the whole image was checked, so every objref they meet was checked already.
 */
public final class RestoreContext {
  /** Restore flags. */
  public enum Flag {
    /** Restore LSM labels as the image has them; without it objects get the caller's label. */
    KEEP_LSM
  }

  /** A shared object of the image: its record type and decoded record. */
  public record SharedObject(int type, Object record) {}

  private final Caller caller;
  private final Set<Flag> flags;
  private final Map<Integer, SharedObject> objects;
  private final Map<Integer, Object> live = new HashMap<>();

  public RestoreContext(Caller caller, Set<Flag> flags, Map<Integer, SharedObject> objects) {
    this.caller = caller;
    this.flags = flags.isEmpty() ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(flags);
    this.objects = Map.copyOf(objects);
  }

  public Caller caller() {
    return caller;
  }

  public boolean has(Flag flag) {
    return flags.contains(flag);
  }

  /**
   * The record of shared object {@code objref}, which must be of {@code codec}'s type; null for
   * objref 0 (none).
   *
   * @throws IllegalStateException for an unknown id or another type: a checked image has neither
   */
  public <T> T object(int objref, RecordCodec<T> codec) {
    if (objref == 0) {
      return null;
    }
    SharedObject o = objects.get(objref);
    if (o == null || o.type() != codec.type()) {
      throw new IllegalStateException(String.format("objref %d is %s, not a record of type 0x%x", objref,
          o == null ? "unknown" : String.format("of type 0x%x", o.type()), codec.type()));
    }
    @SuppressWarnings("unchecked") // the type id was just checked against the codec's
    T record = (T) o.record();
    return record;
  }

  /**
   * The live object restored from shared object {@code objref}: made by {@code create} from its
   * record the first time any hook asks, and the same object every time after, so that objects
   * shared at checkpoint are shared after restore.
   */
  public <T, L> L restored(int objref, RecordCodec<T> codec, Function<? super T, ? extends L> create) {
    T record = object(objref, codec);
    if (record == null) {
      return null;
    }
    // get, then put: create may restore the objects this one refers to first, which
    // computeIfAbsent would refuse as a modification from inside its own mapping function
    @SuppressWarnings("unchecked") // an objref's live object is always made from that objref's record
    L made = (L) live.get(objref);
    if (made == null) {
      made = create.apply(record);
      live.put(objref, made);
    }
    return made;
  }
}
