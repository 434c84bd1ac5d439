package org.ckptgen.image;

import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ckptgen.runtime.CkptFormatException;
import org.ckptgen.runtime.LittleEndian;
import org.ckptgen.runtime.Wire;

/**
 * Decodes records by the image's own layout ({@link ImageLayout}), with the checks of the
 * generated codecs, in the same order and with the same offsets: header and length, padding,
 * counts and bounds, booleans, enum codes, NUL terminators and UTF-8, sorted arrays, objrefs.
 * What a generated codec adds on top, the record constructor's own checks, a generic reader
 * cannot know. Nested structs are decoded by recursion, at most {@link ImageLayout#MAX_DEPTH} deep:
 * the table rules bound the nesting.
 */
public final class GenericDecoder {
  private final ImageLayout layout;

  public GenericDecoder(ImageLayout layout) {
    this.layout = layout;
  }

  public ImageLayout layout() {
    return layout;
  }

  /** The struct name of record type {@code type}: framing records by their C names, others from the schema table. */
  public String name(int type) {
    return switch (type) {
      case SectionCodec.TYPE -> "ckpt_hdr_section";
      case ObjectRefCodec.TYPE -> "ckpt_hdr_objref";
      case TrailerCodec.TYPE -> "ckpt_hdr_trailer";
      default -> {
        ImageLayout.Struct s = layout.byType(type);
        yield s == null ? null : s.name();
      }
    };
  }

  /**
   * Decodes and checks {@code v}, a record of a type in the schema table.
   *
   * @throws IllegalArgumentException if the image's schema table has no such type
   */
  public GenericRecord decode(RecordView v) throws CkptFormatException {
    ImageLayout.Struct s = layout.byType(v.type());
    if (s == null) {
      throw new IllegalArgumentException(String.format("the image's schema has no record type 0x%x", v.type()));
    }
    try {
      return record(s, v.image(), v.offset());
    } catch (CkptFormatException e) {
      throw v.shifted(e);
    }
  }

  /**
   * Appends {@code v} as JSON, as the generated codecs print it: framing records (section, objref,
   * trailer) by their codecs, the others by the layout.
   *
   * @return false, with nothing appended, for a type the image does not describe
   */
  public boolean json(RecordView v, StringBuilder out) throws CkptFormatException {
    switch (v.type()) {
      case SectionCodec.TYPE -> SectionCodec.INSTANCE.json(v.decode(SectionCodec.INSTANCE), out);
      case ObjectRefCodec.TYPE -> ObjectRefCodec.INSTANCE.json(v.decode(ObjectRefCodec.INSTANCE), out);
      case TrailerCodec.TYPE -> TrailerCodec.INSTANCE.json(v.decode(TrailerCodec.INSTANCE), out);
      default -> {
        if (layout.byType(v.type()) == null) {
          return false;
        }
        decode(v).json(out);
      }
    }
    return true;
  }

  private GenericRecord record(ImageLayout.Struct s, ByteBuffer buf, int at) throws CkptFormatException {
    int least = s.entry().version() > 1 ? s.sizeOfVersion(1) : s.size();
    int len = Wire.readHeader(buf, at, s.type(), least, s.name());
    return body(s, buf, at, len, s.type());
  }

  private GenericRecord nested(ImageLayout.Struct s, ByteBuffer buf, int at, int recordType) throws CkptFormatException {
    Wire.checkRoom(buf, at, s.size(), recordType, s.name());
    return body(s, buf, at, s.size(), recordType);
  }

  private GenericRecord body(ImageLayout.Struct s, ByteBuffer buf, int at, int len, int type) throws CkptFormatException {
    Map<String, Object> values = new LinkedHashMap<>();
    long count = 0;
    List<FieldEntry> members = s.members();
    for (int k = 0; k < members.size(); k++) {
      FieldEntry f = members.get(k);
      int pos = at + f.offset();
      String where = s.name() + "." + f.name();
      if (!s.has(k, len)) {
        // a member of a later version than the record: its default (at most MAX_DEFAULTS bytes in all)
        if (f.role() == FieldEntry.ROLE_FIELD) {
          values.put(f.name(), defaultValue(f));
        }
        continue;
      }
      switch (f.role()) {
        case FieldEntry.ROLE_HEADER:
          continue;
        case FieldEntry.ROLE_PADDING:
          Wire.checkZero(buf, pos, f.length(), type, where);
          continue;
        case FieldEntry.ROLE_COUNT:
          FieldEntry counted = s.variable();
          count = Wire.readCount(buf, pos, Integer.toUnsignedLong(counted.length()),
              Short.toUnsignedInt(counted.elementSize()), counted.element() == FieldEntry.ELEMENT_CHAR ? 1 : 0,
              at + s.size(), at + len, type, where);
          continue;
        default:
          values.put(f.name(), field(f, buf, pos, (int) count, type, where));
      }
    }
    return new GenericRecord(s, values);
  }

  private Object field(FieldEntry f, ByteBuffer buf, int at, int count, int type, String where) throws CkptFormatException {
    int n = f.arity() == FieldEntry.ARITY_VARIABLE ? count : f.length();
    if (f.element() == FieldEntry.ELEMENT_CHAR) {
      return f.arity() == FieldEntry.ARITY_VARIABLE
          ? Wire.getVarString(buf, at, n, type, where)
          : Wire.getFixedString(buf, at, n, type, where);
    }
    if (f.element() == FieldEntry.ELEMENT_BYTE) {
      return buf.slice(at, n).asReadOnlyBuffer();
    }
    if (f.arity() == FieldEntry.ARITY_ONE) {
      return one(f, buf, at, type, where);
    }
    int size = Short.toUnsignedInt(f.elementSize());
    switch (f.element()) {
      case FieldEntry.ELEMENT_BOOL: {
        boolean[] a = new boolean[n];
        for (int i = 0; i < n; i++) {
          a[i] = Wire.getBoolean(buf, at + i, type, where);
        }
        return a;
      }
      case FieldEntry.ELEMENT_ENUM: {
        String[] a = new String[n];
        for (int i = 0; i < n; i++) {
          a[i] = (String) one(f, buf, at + size * i, type, where);
        }
        return a;
      }
      case FieldEntry.ELEMENT_STRUCT: {
        GenericRecord[] a = new GenericRecord[n];
        for (int i = 0; i < n; i++) {
          a[i] = nested(layout.structs().get(f.ref()), buf, at + size * i, type);
        }
        return a;
      }
      default: {  // INT, OBJREF
        long[] a = new long[n];
        boolean sorted = (f.flags() & FieldEntry.FLAG_SORTED) != 0;
        boolean signed = (f.flags() & FieldEntry.FLAG_SIGNED) != 0 || f.element() == FieldEntry.ELEMENT_OBJREF;
        for (int i = 0; i < n; i++) {
          a[i] = (Long) one(f, buf, at + size * i, type, where);
          if (sorted && i > 0 && (signed ? a[i - 1] > a[i] : Long.compareUnsigned(a[i - 1], a[i]) > 0)) {
            throw Wire.unsortedElement(at + size * i, type, where, i);
          }
        }
        return a;
      }
    }
  }

  private Object one(FieldEntry f, ByteBuffer buf, int at, int type, String where) throws CkptFormatException {
    switch (f.element()) {
      case FieldEntry.ELEMENT_BOOL:
        return Wire.getBoolean(buf, at, type, where);
      case FieldEntry.ELEMENT_OBJREF:
        return (long) Wire.getObjRef(buf, at, type, where);
      case FieldEntry.ELEMENT_STRUCT:
        return nested(layout.structs().get(f.ref()), buf, at, type);
      case FieldEntry.ELEMENT_ENUM: {
        long code = integer(buf, at, Short.toUnsignedInt(f.elementSize()), false);
        String name = layout.enumName(f.ref(), code);
        if (name == null) {
          throw new CkptFormatException(at, type, where + " has code " + code + ", which is no constant of its enum");
        }
        return name;
      }
      default:
        return integer(buf, at, Short.toUnsignedInt(f.elementSize()), (f.flags() & FieldEntry.FLAG_SIGNED) != 0);
    }
  }

  private static long integer(ByteBuffer buf, int at, int size, boolean signed) {
    switch (size) {
      case 1: return signed ? buf.get(at) : Byte.toUnsignedLong(buf.get(at));
      case 2: return signed ? LittleEndian.getShort(buf, at) : Short.toUnsignedLong(LittleEndian.getShort(buf, at));
      case 4: return signed ? LittleEndian.getInt(buf, at) : Integer.toUnsignedLong(LittleEndian.getInt(buf, at));
      default: return LittleEndian.getLong(buf, at);
    }
  }

  /**
   * The value of a member that an older, shorter record lacks, as the generated codecs give it. The
   * table rules make such a member one integer, boolean, enum or objref, or a fixed array of integers
   * or objrefs, or a char array, within the struct's MAX_DEFAULTS bytes of later versions.
   */
  private Object defaultValue(FieldEntry f) {
    int n = f.length();
    switch (f.element()) {
      case FieldEntry.ELEMENT_BOOL:
        return f.arity() == FieldEntry.ARITY_ONE ? (Object) Boolean.FALSE : new boolean[n];
      case FieldEntry.ELEMENT_CHAR:
        return "";
      case FieldEntry.ELEMENT_ENUM:
        return layout.enumName(f.ref(), 0);
      default:
        return f.arity() == FieldEntry.ARITY_ONE ? (Object) 0L : new long[n];
    }
  }
}
