package org.ckptgen.image;

import java.security.PublicKey;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.ckptgen.runtime.CkptFormatException;
import org.ckptgen.runtime.RefVisitor;

/**
 * The check a restore makes of the whole image before any restore hook runs: the framing and
 * checksum ({@link ImageReader#verify()}), the image kind and schema, one section per
 * subsystem in the expected order, each section's shared objects (ids in order, the announced
 * type, every record decoded and checked) and its one state record, and every objref of every
 * record (known, earlier, of the type its field declares, and not 0 where the field's
 * {@code @ObjRef} is required). Nothing is restored from an image that fails any of it.
 *
 * <p>Every record is decoded once, here: hooks get these decoded records, never a second decode
 * of the file, so an image changed on disk after the check cannot hand a hook a record that was
 * not checked. Since objrefs may only point back, the objects form no cycle.
 */
public final class ImageChecker {
  private ImageChecker() {}

  /**
   * What a restore expects, from the generated tables of this build.
   *
   * @param schema this build's header and tables ({@code <Root>Schema.trusted()}): the image's name,
   *     image version and tables are checked against it
   * @param subsystems the subsystems' names in dispatch order (sorted)
   * @param stateTypes the record type of each subsystem's state, in the same order
   * @param codecs the codec of a record type, or null for a type this build does not know
   */
  public record Expectation(TrustedSchema schema, List<String> subsystems, List<Integer> stateTypes, IntFunction<RecordCodec<?>> codecs) {}

  /**
   * A checked image: its shared objects by id, the state record of each subsystem (where it is,
   * for messages) and that record decoded and checked.
   */
  public record Checked(Map<Integer, RestoreContext.SharedObject> objects, Map<String, RecordView> states,
      Map<String, Object> decoded) {
    /** The decoded state record of {@code subsystem}, as {@code codec} decoded it during the check. */
    public <T> T state(String subsystem, RecordCodec<T> codec) {
      Object state = decoded.get(subsystem);
      if (state == null || states.get(subsystem).type() != codec.type()) {
        throw new IllegalArgumentException("no state of type 0x" + Integer.toHexString(codec.type()) + " for " + subsystem);
      }
      @SuppressWarnings("unchecked") // decoded by the codec of this very type during the check
      T record = (T) state;
      return record;
    }
  }

  public static Checked check(ImageReader image, Expectation e) throws CkptFormatException {
    return check(image, e, null);
  }

  /**
   * As {@link #check(ImageReader, Expectation)}, for an image that must be signed by {@code key}:
   * an unsigned image, one signed by another key, or one with any byte changed since it was
   * signed is refused after the framing and checksum, before anything else is believed. A null
   * key requires nothing.
   */
  public static Checked check(ImageReader image, Expectation e, PublicKey key) throws CkptFormatException {
    try {
      return checkVerified(image, e, key);
    } catch (InternalError fault) {
      // a read of the mapping faulted: the file was truncated after it was opened
      throw ImageReader.changedUnderReader(image.size(), CkptFormatException.UNKNOWN_TYPE, fault);
    }
  }

  private static Checked checkVerified(ImageReader image, Expectation e, PublicKey key) throws CkptFormatException {
    image.verify(key);
    image.trust(e.schema());
    Map<Integer, RestoreContext.SharedObject> objects = new HashMap<>();
    Map<String, RecordView> states = new HashMap<>();
    Map<String, Object> decoded = new HashMap<>();
    String current = null;
    int section = 0;
    Iterator<RecordView> it = image.records().iterator();
    while (it.hasNext()) {
      RecordView v = it.next();
      if (v.type() == SectionCodec.TYPE) {
        requireState(current, states, v.position());
        String name = v.decode(RecordCodec.SECTION).subsystem();
        String expected = section < e.subsystems().size() ? e.subsystems().get(section) : null;
        if (!name.equals(expected)) {
          throw new CkptFormatException(v.position() + 8, v.type(), expected == null
              ? "a section of \"" + name + "\" follows the last subsystem's"
              : "expected the section of \"" + expected + "\", found \"" + name + "\"");
        }
        current = name;
        section++;
      } else if (current == null) {
        throw new CkptFormatException(v.position(), v.type(), "a record before the first section");
      } else if (v.type() == ObjectRefCodec.TYPE) {
        sharedObject(v, it, e, objects);
      } else if (v.type() == e.stateTypes().get(section - 1)) {
        if (states.containsKey(current)) {
          throw new CkptFormatException(v.position(), v.type(), "the section of \"" + current + "\" has two state records");
        }
        decoded.put(current, decodeChecked(e.codecs().apply(v.type()), v, objects));
        states.put(current, v);
      } else if (e.codecs().apply(v.type()) != null) {
        throw new CkptFormatException(v.position(), v.type(),
            "in the section of \"" + current + "\", a record that is neither its state nor a shared object");
      }
      // a record type this build does not know, from a newer writer: skipped by its length
    }
    requireState(current, states, image.size());
    if (section < e.subsystems().size()) {
      throw new CkptFormatException(image.size(), CkptFormatException.UNKNOWN_TYPE,
          "the image has no section for subsystem \"" + e.subsystems().get(section) + "\"");
    }
    return new Checked(objects, states, decoded);
  }

  private static void requireState(String section, Map<String, RecordView> states, long at) throws CkptFormatException {
    if (section != null && !states.containsKey(section)) {
      throw new CkptFormatException(at, CkptFormatException.UNKNOWN_TYPE,
          "the section of \"" + section + "\" ends without its state record");
    }
  }

  /** An objref record, the object it announces, decoded and checked, as the next id. */
  private static void sharedObject(RecordView v, Iterator<RecordView> it, Expectation e,
      Map<Integer, RestoreContext.SharedObject> objects) throws CkptFormatException {
    ObjectRef ref = v.decode(RecordCodec.OBJECT_REF);
    int next = objects.size() + 1;
    if (ref.objref() != next) {
      throw new CkptFormatException(v.position() + 12, v.type(),
          "objref " + ref.objref() + " is out of order; the next id is " + next);
    }
    if (!it.hasNext()) {
      throw new CkptFormatException(v.position(), v.type(), "objref " + next + " is not followed by its object");
    }
    RecordView object = it.next();
    if (object.type() != ref.objtype()) {
      throw new CkptFormatException(object.position(), object.type(), String.format(
          "objref %d announces a record of type 0x%x; one of type 0x%x follows", next, ref.objtype(), object.type()));
    }
    RecordCodec<?> codec = e.codecs().apply(object.type());
    if (codec == null) {
      throw new CkptFormatException(object.position(), object.type(),
          "a shared object of a record type this build does not know");
    }
    objects.put(next, new RestoreContext.SharedObject(object.type(), decodeChecked(codec, object, objects)));
  }

  /** Decodes a record and checks each of its objrefs against the objects before it. */
  private static <T> T decodeChecked(RecordCodec<T> codec, RecordView v, Map<Integer, RestoreContext.SharedObject> objects)
      throws CkptFormatException {
    T record = v.decode(codec);
    codec.refs(record, new RefVisitor() {
      @Override
      public void ref(int objref, int type, String field) throws CkptFormatException {
        ref(objref, type, field, false);  // a codec that does not say: required, the safe side
      }

      @Override
      public void ref(int objref, int type, String field, boolean optional) throws CkptFormatException {
        if (objref == 0) {
          if (!optional) {
            throw new CkptFormatException(v.position(), v.type(), field + " is 0 (none), but it is a required reference");
          }
          return;
        }
        RestoreContext.SharedObject o = objects.get(objref);
        if (o == null) {
          throw new CkptFormatException(v.position(), v.type(),
              field + " refers to objref " + objref + ", which is unknown or not written before it");
        }
        if (o.type() != type) {
          throw new CkptFormatException(v.position(), v.type(), String.format(
              "%s refers to objref %d, a record of type 0x%x, not 0x%x", field, objref, o.type(), type));
        }
      }
    });
    return record;
  }

}
