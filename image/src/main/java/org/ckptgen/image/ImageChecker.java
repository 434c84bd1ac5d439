package org.ckptgen.image;

import java.security.PublicKey;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.ckptgen.image.hook.RestoreContext;
import org.ckptgen.runtime.CkptFormatException;
import org.ckptgen.runtime.RecordCodec;
import org.ckptgen.runtime.RefVisitor;

/**
 * The check a restore makes of the whole image before any restore hook runs: the framing and
 * checksum ({@link ImageReader#verify()}), the image kind and schema, one section per
 * subsystem in the order of the image's subsystem table (the build's subsystems, in the order of
 * the build that wrote it), each section's shared objects (ids in order, the announced
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
   * What a reader of a build expects: the build's schema ({@code <Root>Schema.trusted()}, or a
   * schema file) and, for restore and the typed reader, the codec of each record type it knows
   * (null for a type it does not know). A generic reader has no codecs ({@link #generic}):
   * records are then decoded by the schema's tables alone.
   */
  public record Expectation(TrustedSchema schema, IntFunction<RecordCodec<?>> codecs) {
    /** The check of a reader without the subsystems' code, against {@code schema}. */
    public static Expectation generic(TrustedSchema schema) {
      return new Expectation(schema, null);
    }
  }

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
    image.verify(key);  // framing, checksum, then the signature when a key is required; then the table rules
    image.trust(e.schema());  // name, image version, tables (subsystem table included) or compatibility
    // sections in the image's own table's order (another build may order them otherwise), against
    // the build's table for what it knows, skips or has removed
    Walk walk = new Walk(image.layout(), image.subsystems(), e.schema().subsystems(), e.codecs(), true);
    for (RecordView v : image.records()) {
      walk.accept(v);
    }
    walk.end(image.size());
    return new Checked(RestoreContext.table(Arrays.copyOf(walk.objects, walk.count + 1)), walk.states, walk.decoded);
  }

  /**
   * Step 6 of "A valid image" (docs/FORMAT.md), one record at a time, so that a mapped image and a
   * stream ({@link ImageStream}) are checked by the same code: one section per subsystem of the
   * image's subsystem table (those it has not removed), in order; in each, objref records (ids in
   * order, each followed by an object of the announced type) and exactly one state record; every
   * record of a type the build knows decoded by the build's tables, its objrefs resolved, then
   * decoded by its codec where the build has codecs. Records of types the build does not know are
   * skipped by their length. The section of a subsystem the build removed with the policy SKIP
   * (the compatibility rule has refused any other) is skipped but for its shared objects, which
   * keep their ids: those of a type the build knows are checked, as later records may refer to
   * them; the others are counted by type only.
   *
   * <p>A walk that {@code keeps} what it decoded (restore's) holds every shared object; one that
   * does not (a stream's) holds one int per shared object, its type, and nothing of any record.
   */
  static final class Walk {
    private final IntFunction<RecordCodec<?>> codecs;
    private final GenericDecoder decoder;
    /** The image's subsystems that have a section, in order, and which of them the build skips. */
    private final SubsystemEntry[] subsystems;
    private final boolean[] skipped;
    private final boolean keep;
    /** The record types of the layout's structs, sorted. */
    private final int[] knownTypes;
    /** The type {@link #knows} last found in {@link #knownTypes}; 0 (no record type) before. */
    private int lastKnown;
    /** What a walk that keeps holds of each shared object, by objref: {@code objects[1, count]}. */
    RestoreContext.SharedObject[] objects = new RestoreContext.SharedObject[17];
    final Map<String, RecordView> states = new HashMap<>();
    final Map<String, Object> decoded = new HashMap<>();
    /** The sections that have had their state record. */
    private final Set<String> stated = new HashSet<>();
    /** The record type of each shared object, by id - 1: {@code objectTypes[0, count)}. */
    private int[] objectTypes = new int[16];
    int count;
    /** The record whose objrefs {@link #visitor} checks. */
    private RecordView visiting;
    private final RefVisitor visitor = new RefVisitor() {
      @Override
      public void ref(int objref, int expectedType, String field) throws CkptFormatException {
        ref(objref, expectedType, field, false);
      }

      @Override
      public void ref(int objref, int expectedType, String field, boolean optional) throws CkptFormatException {
        Walk.this.ref(objref, expectedType, field, optional, visiting);
      }
    };
    private String current;
    private int section;
    /** The objref record whose object comes next, or null. */
    private RecordView announcing;
    private ObjectRef announced;

    /**
     * @param image the image's subsystem table, which its sections follow
     * @param build the build's, checked compatible with the image's ({@link TrustedSchema#check})
     */
    Walk(ImageLayout layout, SchemaSubsystems image, SchemaSubsystems build, IntFunction<RecordCodec<?>> codecs,
        boolean keep) {
      this.codecs = codecs;
      this.decoder = new GenericDecoder(layout);  // the trusted schema's, once trusted
      this.knownTypes = layout.structs().stream().mapToInt(ImageLayout.Struct::type).filter(t -> layout.byType(t) != null)
          .sorted().toArray();
      Set<String> removed = new HashSet<>();
      for (SubsystemEntry o : build.subsystems()) {
        if (o.isRemoved()) {
          removed.add(o.name());
        }
      }
      this.subsystems = Arrays.stream(image.subsystems()).filter(t -> !t.isRemoved()).toArray(SubsystemEntry[]::new);
      this.skipped = new boolean[subsystems.length];
      for (int i = 0; i < subsystems.length; i++) {
        skipped[i] = removed.contains(subsystems[i].name());
      }
      this.keep = keep;
    }

    /** Whether the build's layout has a struct of record type {@code type} (a search of a few ints, no boxing). */
    private boolean knows(int type) {
      if (type == lastKnown) {
        return true;  // shared objects come mostly in runs of one type: no search for each
      }
      if (Arrays.binarySearch(knownTypes, type) < 0) {
        return false;
      }
      lastKnown = type;
      return true;
    }

    /** Whether the current section is one the build skips. */
    private boolean skipping() {
      return section > 0 && skipped[section - 1];
    }

    /** The next record of the image, in order, after its tables and before its signature or trailer. */
    void accept(RecordView v) throws CkptFormatException {
      if (announcing != null) {
        sharedObject(v);
      } else if (v.type() == SectionCodec.TYPE) {
        requireState(v.position());
        String name = v.decode(SectionCodec.INSTANCE).subsystem();
        String expected = section < subsystems.length ? subsystems[section].name() : null;
        if (!name.equals(expected)) {
          throw new CkptFormatException(v.position() + SectionCodec.OFFSET_SUBSYSTEM, v.type(), expected == null
              ? "a section of \"" + Printable.line(name) + "\" follows the last subsystem's"
              : "expected the section of \"" + expected + "\", found \"" + Printable.line(name) + "\"");
        }
        current = name;
        section++;
      } else if (current == null) {
        throw new CkptFormatException(v.position(), v.type(), "a record before the first section");
      } else if (v.type() == ObjectRefCodec.TYPE) {
        ObjectRef ref = v.decode(ObjectRefCodec.INSTANCE);
        int next = count + 1;
        if (ref.objref() != next) {
          throw new CkptFormatException(v.position() + ObjectRefCodec.OFFSET_OBJREF, v.type(),
              "objref " + ref.objref() + " is out of order; the next id is " + next);
        }
        announcing = v;
        announced = ref;
      } else if (skipping()) {
        return;  // a record of a removed subsystem's section, not read
      } else if (v.type() == subsystems[section - 1].stateType()) {
        if (stated.contains(current)) {
          throw new CkptFormatException(v.position(), v.type(), "the section of \"" + current + "\" has two state records");
        }
        Object state = decodeChecked(v);
        stated.add(current);
        if (keep) {
          decoded.put(current, state);
          states.put(current, v);
        }
      } else if (knows(v.type())) {
        throw new CkptFormatException(v.position(), v.type(),
            "in the section of \"" + current + "\", a record that is neither its state nor a shared object");
      }
      // a record type this build does not know, from a newer writer: skipped by its length
    }

    /** The end of the records; {@code size} is the image's length, where a missing record is reported. */
    void end(long size) throws CkptFormatException {
      if (announcing != null) {
        throw new CkptFormatException(announcing.position(), announcing.type(),
            "objref " + announced.objref() + " is not followed by its object");
      }
      requireState(size);
      if (section < subsystems.length) {
        throw new CkptFormatException(size, CkptFormatException.UNKNOWN_TYPE,
            "the image has no section for subsystem \"" + subsystems[section].name() + "\"");
      }
    }

    private void requireState(long at) throws CkptFormatException {
      if (current != null && !skipping() && !stated.contains(current)) {
        throw new CkptFormatException(at, CkptFormatException.UNKNOWN_TYPE,
            "the section of \"" + current + "\" ends without its state record");
      }
    }

    /** The object the last objref record announced, decoded and checked, as the next id. */
    private void sharedObject(RecordView object) throws CkptFormatException {
      int next = announced.objref();
      announcing = null;
      if (object.type() != announced.objtype()) {
        throw new CkptFormatException(object.position(), object.type(), String.format(
            "objref %d announces a record of type 0x%x; one of type 0x%x follows", next, announced.objtype(),
            object.type()));
      }
      boolean known = knows(object.type());
      if (!known && !skipping()) {
        throw new CkptFormatException(object.position(), object.type(),
            "a shared object of a record type this build does not know");
      }
      Object value = known ? decodeChecked(object) : null;
      if (count == objectTypes.length) {
        objectTypes = Arrays.copyOf(objectTypes, count * 2);
      }
      objectTypes[count++] = object.type();
      if (keep) {
        if (count == objects.length) {
          objects = Arrays.copyOf(objects, count * 2);
        }
        objects[count] = known ? new RestoreContext.SharedObject(object.type(), value) : null;
      }
    }

    /**
     * Decodes a record by the build's tables, checks each of its objrefs against the objects
     * before it, then decodes it by the build's codec, if it has codecs: what hooks get.
     *
     * <p>With a codec, the codec's decode makes the tables' checks itself, in the same words, so
     * the record is decoded once and its objrefs are checked as the codec visits them. Only where
     * the record's constructor rejects the decoded values, a check that comes after the objrefs',
     * is the record decoded by the tables too, so that a bad objref is still the verdict.
     */
    private Object decodeChecked(RecordView v) throws CkptFormatException {
      RecordCodec<?> codec = codecs == null ? null : codecs.apply(v.type());
      if (codec == null) {
        GenericRecord record = decoder.decode(v);
        refs(record, v);
        return record;
      }
      Object value;
      try {
        value = v.decode(codec);
      } catch (CkptFormatException e) {
        if (rejectedByConstructor(e)) {
          refs(decoder.decode(v), v);
        }
        throw e;
      }
      visitRefs(codec, value, v);
      return value;
    }

    /** Whether {@code e} is a record constructor's rejection of decoded values (the codecs wrap it). */
    private static boolean rejectedByConstructor(CkptFormatException e) {
      Throwable cause = e.getCause();
      while (cause instanceof CkptFormatException) {
        cause = cause.getCause();
      }
      return cause instanceof IllegalArgumentException;
    }

    /** The objrefs of {@code value}, decoded by {@code codec}, in the order its codec visits them. */
    private <T> void visitRefs(RecordCodec<T> codec, Object value, RecordView v) throws CkptFormatException {
      @SuppressWarnings("unchecked") // value was decoded by this very codec
      T record = (T) value;
      visiting = v;
      codec.refs(record, visitor);
    }

    /** Every objref of {@code r}, in member order, nested structs in place: as the generated codecs' refs visit them. */
    private void refs(GenericRecord r, RecordView v) throws CkptFormatException {
      for (FieldEntry f : r.struct().fields()) {
        Object value = r.get(f.name());
        if (f.element() == FieldEntry.ELEMENT_OBJREF) {
          boolean optional = (f.flags() & FieldEntry.FLAG_OPTIONAL) != 0;
          String field = r.struct().name() + "." + f.name();
          if (value instanceof long[] ids) {
            for (long id : ids) {
              ref((int) id, f.ref(), field, optional, v);
            }
          } else {
            ref((int) (long) (Long) value, f.ref(), field, optional, v);
          }
        } else if (f.element() == FieldEntry.ELEMENT_STRUCT) {
          if (value instanceof GenericRecord[] nested) {
            for (GenericRecord n : nested) {
              refs(n, v);
            }
          } else {
            refs((GenericRecord) value, v);
          }
        }
      }
    }

    private void ref(int objref, int type, String field, boolean optional, RecordView v) throws CkptFormatException {
      if (objref == 0) {
        if (!optional) {
          throw new CkptFormatException(v.position(), v.type(), field + " is 0 (none), but it is a required reference");
        }
        return;
      }
      if (objref > count) {
        throw new CkptFormatException(v.position(), v.type(),
            field + " refers to objref " + objref + ", which is unknown or not written before it");
      }
      int actual = objectTypes[objref - 1];
      if (actual != type) {
        throw new CkptFormatException(v.position(), v.type(), String.format(
            "%s refers to objref %d, a record of type 0x%x, not 0x%x", field, objref, actual, type));
      }
    }
  }
}
