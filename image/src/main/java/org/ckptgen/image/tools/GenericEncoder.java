package org.ckptgen.image.tools;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
import org.ckptgen.image.EnumValue;
import org.ckptgen.image.FieldEntry;
import org.ckptgen.image.GenericDecoder;
import org.ckptgen.image.GenericRecord;
import org.ckptgen.image.ImageLayout;
import org.ckptgen.image.RecordView;
import org.ckptgen.image.SchemaEnums;
import org.ckptgen.runtime.LittleEndian;
import org.ckptgen.runtime.Utf8;
import org.ckptgen.runtime.Wire;

/**
 * Encodes records by the image's own layout ({@link ImageLayout}): the counterpart of
 * {@link GenericDecoder}, for tools that write images without the subsystems' classes
 * ({@code ckpt encode}). It takes values as {@link GenericRecord} holds them and checks each
 * one before a byte is written, as the generated codecs do: every member present and of its
 * kind, integers within their C type, objrefs not negative, enum constants known, strings
 * within their bytes and without NUL, arrays of their length or within their bound, sorted
 * arrays in order. A value it refuses is an {@code IllegalArgumentException} naming the member.
 * Nested structs are checked and written by recursion, at most {@link ImageLayout#MAX_DEPTH} deep.
 */
public final class GenericEncoder {
  private final ImageLayout layout;
  /** enum id -> constant name -> code: the image's enum table, the other way round. */
  private final Map<Integer, Map<String, Integer>> codes = new HashMap<>();
  /** Names a forged enum table gives to two codes: which one a value means, nobody can tell. */
  private final Map<Integer, Map<String, Integer>> ambiguous = new HashMap<>();

  /** An encoder by {@code layout}, whose enum constants are those of {@code enums}. */
  public GenericEncoder(ImageLayout layout, SchemaEnums enums) {
    this.layout = layout;
    for (EnumValue v : enums.values()) {
      Integer other = codes.computeIfAbsent(v.enumId(), k -> new HashMap<>()).putIfAbsent(v.name(), v.code());
      if (other != null && other != v.code()) {
        ambiguous.computeIfAbsent(v.enumId(), k -> new HashMap<>()).put(v.name(), other);
      }
    }
  }

  public ImageLayout layout() {
    return layout;
  }

  /** The code of enum {@code enumId}'s constant {@code name}, or null if it has none of that name. */
  public Integer enumCode(int enumId, String name) {
    return codes.getOrDefault(enumId, Map.of()).get(name);
  }

  /** The record {@code r}, at its struct's version, header included; a buffer of its own, positioned at 0. */
  public ByteBuffer encode(GenericRecord r) {
    return encode(r, r.struct().entry().version());
  }

  /**
   * The record {@code r} as a writer of {@code version} wrote it: only the members of that version
   * and earlier, in {@code sizeOfVersion(version)} bytes (FORMAT.md, Versions).
   *
   * @throws IllegalArgumentException if a value does not fit, or {@code version} is not one of the
   *     struct's versions, or the struct is not a record, or has a variable member and an older version
   */
  public ByteBuffer encode(GenericRecord r, int version) {
    ImageLayout.Struct s = r.struct();
    if (!s.isRecord()) {
      throw new IllegalArgumentException(s.name() + " is a value struct, not a record");
    }
    int current = s.entry().version();
    if (version < 1 || Integer.compareUnsigned(version, current) > 0) {
      throw new IllegalArgumentException(s.name() + " has versions 1 to " + Integer.toUnsignedString(current)
          + ", not " + Integer.toUnsignedString(version));
    }
    if (version != current && s.variable() != null) {
      throw new IllegalArgumentException(s.name() + " has a variable member, so it has no older, shorter version");
    }
    check(s, r, version, s.name());
    long len = version == current ? (long) s.size() + variableBytes(s, r) : s.sizeOfVersion(version);
    if (len > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(s.name() + " would be " + len + " bytes; a record holds at most "
          + (Integer.MAX_VALUE - 8));
    }
    ByteBuffer buf = ByteBuffer.allocate((int) len);
    put(s, r, buf, 0, (int) len, version);
    LittleEndian.putInt(buf, 0, s.type());
    LittleEndian.putInt(buf, 4, (int) len);
    return buf;
  }

  /** The bytes after the fixed part: the elements of the variable member, a string's NUL included. */
  private static long variableBytes(ImageLayout.Struct s, GenericRecord r) {
    FieldEntry v = s.variable();
    if (v == null) {
      return 0;
    }
    long n = count(v, r.get(v.name()));
    return v.element() == FieldEntry.ELEMENT_CHAR ? n + 1 : n * Short.toUnsignedInt(v.elementSize());
  }

  /** The count member's value for variable member {@code v} holding {@code value} (checked). */
  private static int count(FieldEntry v, Object value) {
    if (value instanceof String text) {
      return Utf8.encodedLength(text, v.name());
    }
    if (value instanceof ByteBuffer b) {
      return b.remaining();
    }
    return java.lang.reflect.Array.getLength(value);
  }

  // Checks: every value of r, before anything is written.

  private void check(ImageLayout.Struct s, GenericRecord r, int version, String where) {
    if (r.struct() != s) {
      throw new IllegalArgumentException(where + " is a " + r.struct().name() + ", not a " + s.name());
    }
    for (String name : r.values().keySet()) {
      FieldEntry f = s.member(name);
      if (f == null || f.role() != FieldEntry.ROLE_FIELD) {
        throw new IllegalArgumentException(where + " has no member " + name);
      }
    }
    for (FieldEntry f : s.fields()) {
      if (!r.values().containsKey(f.name())) {
        throw new IllegalArgumentException(where + "." + f.name() + " is missing");
      }
      if (Integer.compareUnsigned(f.since(), version) <= 0) {
        checkMember(f, r.get(f.name()), where + "." + f.name());
      }
    }
  }

  /**
   * Checks that {@code value} fits member {@code f}, as {@link GenericRecord} would hold it.
   *
   * @param where the member, for the message
   * @throws IllegalArgumentException saying why not
   */
  public void checkMember(FieldEntry f, Object value, String where) {
    if (value == null) {
      throw new IllegalArgumentException(where + " has no value");
    }
    long bound = Integer.toUnsignedLong(f.length());
    if (f.element() == FieldEntry.ELEMENT_CHAR) {
      String text = as(String.class, value, where, "a string");
      int n = Utf8.encodedLength(text, where);
      if (f.arity() == FieldEntry.ARITY_VARIABLE ? n > bound : n >= bound) {
        throw new IllegalArgumentException(where + " is " + n + " bytes of UTF-8; at most "
            + (f.arity() == FieldEntry.ARITY_VARIABLE ? bound : bound - 1) + " fit");
      }
      return;
    }
    if (f.element() == FieldEntry.ELEMENT_BYTE) {
      int n = as(ByteBuffer.class, value, where, "bytes").remaining();
      if (f.arity() == FieldEntry.ARITY_VARIABLE ? n > bound : n != bound) {
        throw new IllegalArgumentException(where + " has " + n + " bytes; "
            + (f.arity() == FieldEntry.ARITY_VARIABLE ? "at most " : "it must have exactly ") + bound);
      }
      return;
    }
    if (f.arity() == FieldEntry.ARITY_ONE) {
      checkOne(f, value, where);
      return;
    }
    int n = switch (f.element()) {
      case FieldEntry.ELEMENT_BOOL -> as(boolean[].class, value, where, "an array of booleans").length;
      case FieldEntry.ELEMENT_ENUM -> as(String[].class, value, where, "an array of enum constants").length;
      case FieldEntry.ELEMENT_STRUCT -> as(GenericRecord[].class, value, where, "an array of structs").length;
      default -> as(long[].class, value, where, "an array of integers").length;
    };
    if (f.arity() == FieldEntry.ARITY_VARIABLE ? n > bound : n != bound) {
      throw new IllegalArgumentException(where + " has " + n + " elements; "
          + (f.arity() == FieldEntry.ARITY_VARIABLE ? "at most " : "it must have exactly ") + bound);
    }
    for (int i = 0; i < n; i++) {
      checkOne(f, java.lang.reflect.Array.get(value, i), where + "[" + i + "]");
    }
    if ((f.flags() & FieldEntry.FLAG_SORTED) != 0 && value instanceof long[] a) {
      boolean signed = (f.flags() & FieldEntry.FLAG_SIGNED) != 0 || f.element() == FieldEntry.ELEMENT_OBJREF;
      for (int i = 1; i < a.length; i++) {
        if (signed ? a[i - 1] > a[i] : Long.compareUnsigned(a[i - 1], a[i]) > 0) {
          throw new IllegalArgumentException(where + " is sorted, but element " + i + " is less than the one before");
        }
      }
    }
  }

  private void checkOne(FieldEntry f, Object value, String where) {
    switch (f.element()) {
      case FieldEntry.ELEMENT_BOOL -> as(Boolean.class, value, where, "a boolean");
      case FieldEntry.ELEMENT_ENUM -> {
        String name = as(String.class, value, where, "an enum constant");
        if (enumCode(f.ref(), name) == null) {
          throw new IllegalArgumentException(where + " is \"" + name + "\", which is no constant of its enum");
        }
        if (ambiguous.getOrDefault(f.ref(), Map.of()).containsKey(name)) {
          throw new IllegalArgumentException(where + " is \"" + name + "\", which the image's enum table gives to two"
              + " codes; which one it means cannot be told");
        }
      }
      case FieldEntry.ELEMENT_STRUCT -> {
        ImageLayout.Struct nested = layout.structs().get(f.ref());
        check(nested, as(GenericRecord.class, value, where, "a " + nested.name()), nested.entry().version(), where);
      }
      case FieldEntry.ELEMENT_OBJREF -> {
        long ref = as(Long.class, value, where, "an objref");
        if (ref < 0 || ref > Integer.MAX_VALUE) {
          throw new IllegalArgumentException(where + " is " + ref + "; an objref is 0 (none) or an id up to "
              + Integer.MAX_VALUE);
        }
      }
      default -> {
        long n = as(Long.class, value, where, "an integer");
        int size = Short.toUnsignedInt(f.elementSize());
        boolean signed = (f.flags() & FieldEntry.FLAG_SIGNED) != 0;
        if (size < 8 && (signed ? n < -(1L << (8 * size - 1)) || n >= 1L << (8 * size - 1) : n < 0 || n >= 1L << (8 * size))) {
          throw new IllegalArgumentException(where + " is " + n + ", out of the range of a " + (signed ? "__s" : "__u")
              + 8 * size + " (" + (signed ? -(1L << (8 * size - 1)) + " to " + ((1L << (8 * size - 1)) - 1)
              : "0 to " + ((1L << (8 * size)) - 1)) + ")");
        }
      }
    }
  }

  private static <T> T as(Class<T> kind, Object value, String where, String what) {
    if (!kind.isInstance(value)) {
      throw new IllegalArgumentException(where + " must be " + what);
    }
    return kind.cast(value);
  }

  // Writing: the values are checked, so every byte lands within the buffer.

  private void put(ImageLayout.Struct s, GenericRecord r, ByteBuffer buf, int at, int len, int version) {
    for (FieldEntry f : s.members()) {
      if (Integer.compareUnsigned(f.since(), version) > 0) {
        continue;  // a member of a later version than the one written
      }
      int pos = at + f.offset();
      switch (f.role()) {
        case FieldEntry.ROLE_HEADER, FieldEntry.ROLE_PADDING -> { }  // the buffer is zero
        case FieldEntry.ROLE_COUNT -> {
          FieldEntry v = s.variable();
          LittleEndian.putInt(buf, pos, count(v, r.get(v.name())));
        }
        default -> field(f, r.get(f.name()), buf, pos);
      }
    }
  }

  private void field(FieldEntry f, Object value, ByteBuffer buf, int at) {
    int size = Short.toUnsignedInt(f.elementSize());
    if (f.element() == FieldEntry.ELEMENT_CHAR) {
      Utf8.encode((String) value, buf, at);  // the NUL and any rest of a char[n] stay zero
      return;
    }
    if (f.element() == FieldEntry.ELEMENT_BYTE) {
      ByteBuffer b = (ByteBuffer) value;
      buf.put(at, b, b.position(), b.remaining());
      return;
    }
    if (f.arity() == FieldEntry.ARITY_ONE) {
      one(f, value, buf, at);
      return;
    }
    int n = java.lang.reflect.Array.getLength(value);
    for (int i = 0; i < n; i++) {
      one(f, java.lang.reflect.Array.get(value, i), buf, at + size * i);
    }
  }

  private void one(FieldEntry f, Object value, ByteBuffer buf, int at) {
    int size = Short.toUnsignedInt(f.elementSize());
    switch (f.element()) {
      case FieldEntry.ELEMENT_BOOL -> buf.put(at, (byte) ((Boolean) value ? 1 : 0));
      case FieldEntry.ELEMENT_ENUM -> integer(buf, at, size, enumCode(f.ref(), (String) value));
      case FieldEntry.ELEMENT_STRUCT -> {
        ImageLayout.Struct nested = layout.structs().get(f.ref());
        put(nested, (GenericRecord) value, buf, at, nested.size(), nested.entry().version());
      }
      default -> integer(buf, at, size, (Long) value);
    }
  }

  private static void integer(ByteBuffer buf, int at, int size, long n) {
    switch (size) {
      case 1 -> buf.put(at, (byte) n);
      case 2 -> LittleEndian.putShort(buf, at, (short) n);
      case 4 -> LittleEndian.putInt(buf, at, (int) n);
      default -> LittleEndian.putLong(buf, at, n);
    }
  }

  /**
   * How many of record {@code v}'s bytes its value describes, at the version its length holds
   * ({@link #version}): the fixed part and the variable elements; the rest, up to {@code len},
   * are bytes of a newer writer that a reader skips. The record must have decoded.
   */
  public static int describedLength(ImageLayout.Struct s, RecordView v) {
    int version = version(s, v.length());
    if (version != s.entry().version()) {
      return s.sizeOfVersion(version);
    }
    FieldEntry var = s.variable();
    if (var == null) {
      return s.size();
    }
    FieldEntry count = s.count();
    long n = Integer.toUnsignedLong(LittleEndian.getInt(v.image(), v.offset() + count.offset()));
    return (int) (s.size() + (var.element() == FieldEntry.ELEMENT_CHAR ? n + 1 : n * Short.toUnsignedInt(var.elementSize())));
  }

  /** The newest version of {@code s} whose members lie wholly within {@code len} bytes (at least 1). */
  public static int version(ImageLayout.Struct s, int len) {
    return s.versionOf(len);
  }
}
