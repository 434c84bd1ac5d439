package org.ckptgen.image.hook;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.ckptgen.runtime.RecordCodec;

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
   * The record of shared object {@code objref}, which must be of {@code codec}'s type. Never null:
   * a reference its {@code @ObjRef} declares required was checked non-zero before any hook ran;
   * one declared {@code optional} may be 0 (none), which hooks read with {@link #optional}.
   *
   * @throws IllegalStateException for 0, an unknown id or another type: a checked image has none
   *     of them where the field is required, so a hook meets this only by asking for an optional
   *     reference as if it were required (the dispatch then reports it as the hook's failure)
   */
  public <T> T object(int objref, RecordCodec<T> codec) {
    if (objref == 0) {
      throw new IllegalStateException(String.format(
          "objref 0 (none) asked for as a record of type 0x%x; read an optional reference with optional()", codec.type()));
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

  /** The record of an optional reference ({@code @ObjRef(optional = true)}): empty for 0 (none). */
  public <T> Optional<T> optional(int objref, RecordCodec<T> codec) {
    return objref == 0 ? Optional.empty() : Optional.of(object(objref, codec));
  }

  /** Whether a hook has made the live object of {@code objref} already (see {@link #restored}). */
  public boolean isRestored(int objref) {
    return live.containsKey(objref);
  }

  /**
   * The live object restored from shared object {@code objref}: made by {@code create} from its
   * record the first time any hook asks, and the same object every time after, so that objects
   * shared at checkpoint are shared after restore. {@code objref} must not be 0, as for
   * {@link #object}; {@code create} must not return null.
   */
  public <T, L> L restored(int objref, RecordCodec<T> codec, Function<? super T, ? extends L> create) {
    T record = object(objref, codec);
    // get, then put: create may restore the objects this one refers to first, which
    // computeIfAbsent would refuse as a modification from inside its own mapping function
    @SuppressWarnings("unchecked") // an objref's live object is always made from that objref's record
    L made = (L) live.get(objref);
    if (made == null) {
      made = Objects.requireNonNull(create.apply(record), "a restored object");
      live.put(objref, made);
    }
    return made;
  }
}
