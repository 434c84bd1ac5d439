package org.ckptgen.image.hook;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
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
  /** {@link #flags} as bits by ordinal: hooks ask {@link #has} of every object (a label per open file). */
  private final long flagBits;
  /**
   * The shared objects by objref ({@code byId[objref]}, slot 0 unused) and the live objects made
   * of them, as arrays: a checked image's objrefs run from 1 up without a gap, so an objref is an
   * index, and the hooks' many lookups hash and box nothing. A map of other keys (a test's) is
   * kept as a map.
   */
  private final SharedObject[] byId;
  private final Object[] live;
  private final Map<Integer, SharedObject> objects;
  private final Map<Integer, Object> liveById;

  public RestoreContext(Caller caller, Set<Flag> flags, Map<Integer, SharedObject> objects) {
    this.caller = caller;
    this.flags = flags.isEmpty() ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(flags);
    long bits = 0;
    for (Flag f : this.flags) {
      bits |= 1L << f.ordinal();
    }
    this.flagBits = bits;
    SharedObject[] dense = objects instanceof Table t ? t.byId : dense(objects);
    if (dense != null) {
      this.byId = dense;
      this.live = new Object[dense.length];
      this.objects = null;
      this.liveById = null;
    } else {
      this.byId = null;
      this.live = null;
      this.objects = Map.copyOf(objects);
      this.liveById = new HashMap<>();
    }
  }

  /**
   * The shared objects of a checked image, {@code byId[objref]} for objrefs 1 to {@code
   * byId.length - 1} (slot 0 unused; null for an objref it does not keep, the object of a type the
   * build does not know in a skipped section), as the map a {@link RestoreContext} takes without
   * copying it: the image checker hands its table over this way, and must not change the array after.
   */
  public static Map<Integer, SharedObject> table(SharedObject[] byId) {
    return new Table(byId);
  }

  /** {@code objects} as an array by objref, if its keys are 1 to its size; null otherwise. */
  private static SharedObject[] dense(Map<Integer, SharedObject> objects) {
    SharedObject[] byId = new SharedObject[objects.size() + 1];
    for (Map.Entry<Integer, SharedObject> e : objects.entrySet()) {
      int id = Objects.requireNonNull(e.getKey(), "an objref");
      if (id < 1 || id >= byId.length) {
        return null;
      }
      byId[id] = Objects.requireNonNull(e.getValue(), "a shared object");
    }
    return byId;
  }

  /** {@link #table}'s map: read-only, over the checker's array. */
  private static final class Table extends AbstractMap<Integer, SharedObject> {
    private final SharedObject[] byId;

    private final int size;

    Table(SharedObject[] byId) {
      if (byId.length == 0) {
        throw new IllegalArgumentException("slot 0 is unused, but there must be one");
      }
      int n = 0;
      for (int i = 1; i < byId.length; i++) {
        n += byId[i] == null ? 0 : 1;
      }
      this.byId = byId;
      this.size = n;
    }

    @Override
    public SharedObject get(Object key) {
      return key instanceof Integer id && id >= 1 && id < byId.length ? byId[id] : null;
    }

    @Override
    public boolean containsKey(Object key) {
      return get(key) != null;
    }

    @Override
    public int size() {
      return size;
    }

    @Override
    public Set<Entry<Integer, SharedObject>> entrySet() {
      return new AbstractSet<>() {
        @Override
        public int size() {
          return size;
        }

        @Override
        public Iterator<Entry<Integer, SharedObject>> iterator() {
          return new Iterator<>() {
            private int next = skip(1);

            private int skip(int from) {
              while (from < byId.length && byId[from] == null) {
                from++;
              }
              return from;
            }

            @Override
            public boolean hasNext() {
              return next < byId.length;
            }

            @Override
            public Entry<Integer, SharedObject> next() {
              if (!hasNext()) {
                throw new NoSuchElementException();
              }
              int id = next;
              next = skip(id + 1);
              return new SimpleImmutableEntry<>(id, byId[id]);
            }
          };
        }
      };
    }
  }

  public Caller caller() {
    return caller;
  }

  public boolean has(Flag flag) {
    return (flagBits & 1L << flag.ordinal()) != 0;
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
    SharedObject o = byId == null ? objects.get(objref) : objref > 0 && objref < byId.length ? byId[objref] : null;
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

  /**
   * The live object {@link #restored} made of {@code objref} already, or null if none was made
   * yet: a hook may ask this first, to skip making a {@code create} function for an object that
   * is live already. {@code objref} must be a record of {@code codec}'s type, as for {@link #object}.
   *
   * @throws IllegalStateException as {@link #object} does
   */
  public <L> L made(int objref, RecordCodec<?> codec) {
    if (live != null && objref > 0 && objref < live.length && live[objref] != null
        && byId[objref].type() == codec.type()) {
      @SuppressWarnings("unchecked") // as in restored: made from this objref's record
      L made = (L) live[objref];
      return made;
    }
    object(objref, codec);  // the checks and their messages
    @SuppressWarnings("unchecked") // as in restored: made from this objref's record
    L made = (L) (live == null ? liveById.get(objref) : live[objref]);
    return made;
  }

  /** Whether a hook has made the live object of {@code objref} already (see {@link #restored}). */
  public boolean isRestored(int objref) {
    return live == null ? liveById.containsKey(objref) : objref > 0 && objref < live.length && live[objref] != null;
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
    L made = (L) (live == null ? liveById.get(objref) : live[objref]);  // object() checked the objref
    if (made == null) {
      made = Objects.requireNonNull(create.apply(record), "a restored object");
      if (live == null) {
        liveById.put(objref, made);
      } else {
        live[objref] = made;
      }
    }
    return made;
  }
}
