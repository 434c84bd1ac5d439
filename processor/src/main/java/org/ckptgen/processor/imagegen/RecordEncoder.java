package org.ckptgen.processor.imagegen;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.ckptgen.processor.model.Layout;
import org.ckptgen.processor.model.Member;
import org.ckptgen.processor.model.StructLayout;

/**
 * Encodes a record by its layout in the model, as the image module's generated codecs do: every
 * member at its offset, little endian, padding and unused string bytes zero, a count followed by
 * its elements, the record padded to 8 bytes. The processor uses it for the framing records of
 * the schema file, whose codecs it cannot run.
 *
 * <p>Values are keyed by the Java component name: a {@link Number} or {@link Boolean} for one
 * integer, enum code or bool; a {@link String} for a fixed char array; a list of value maps for a
 * variable array of structs. A count is the size of the list it counts.
 */
final class RecordEncoder {
  private RecordEncoder() {}

  /** The record of {@code s} holding {@code values}, gap bytes to the next 8-byte boundary included. */
  static byte[] record(StructLayout s, Map<String, Object> values) {
    Member variable = s.variable().orElse(null);
    int elements = variable == null ? 0 : list(values, variable).size();
    long len = s.size() + (long) elements * (variable == null ? 0 : variable.elementSize());
    if (len > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(s.cName() + " of " + len + " bytes is too long for a record");
    }
    ByteBuffer b = ByteBuffer.allocate((int) (len + 7 & ~7L)).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(Layout.TYPE_AT, s.typeId()).putInt(Layout.LENGTH_AT, (int) len);
    struct(b, 0, s, values);
    return b.array();
  }

  private static void struct(ByteBuffer b, int at, StructLayout s, Map<String, Object> values) {
    for (Member m : s.members()) {
      switch (m.role()) {
        case HEADER, PADDING -> { } // the header is written by record(); padding stays zero
        case COUNT -> integer(b, at + m.offset(), m.elementSize(), list(values, s.member(m.partner())).size());
        case FIELD -> field(b, at, m, values);
      }
    }
  }

  private static void field(ByteBuffer b, int at, Member m, Map<String, Object> values) {
    Object value = values.get(m.javaName());
    if (value == null) {
      throw new IllegalArgumentException("no value for " + m.cName());
    }
    int where = at + m.offset();
    if (m.arity() == Member.Arity.VARIABLE) {
      if (m.element() != Member.Element.STRUCT) {
        throw new IllegalArgumentException(m.cName() + ": only arrays of structs are encoded here");
      }
      List<Map<String, Object>> elements = list(values, m);
      for (int i = 0; i < elements.size(); i++) {
        struct(b, where + i * m.elementSize(), m.struct(), elements.get(i));
      }
      return;
    }
    switch (m.element()) {
      case CHAR -> {
        byte[] text = ((String) value).getBytes(StandardCharsets.UTF_8);
        if (m.arity() != Member.Arity.FIXED || text.length >= m.length()) {
          throw new IllegalArgumentException(m.cName() + ": \"" + value + "\" does not fit char[" + m.length() + "]");
        }
        b.put(where, text);
      }
      case BOOL -> integer(b, where, m.elementSize(), (Boolean) value ? 1 : 0);
      case INT, ENUM -> {
        if (m.arity() != Member.Arity.ONE) {
          throw new IllegalArgumentException(m.cName() + ": only single integers are encoded here");
        }
        integer(b, where, m.elementSize(), ((Number) value).longValue());
      }
      default -> throw new IllegalArgumentException(m.cName() + ": a " + m.element() + " is not encoded here");
    }
  }

  private static void integer(ByteBuffer b, int at, int size, long value) {
    switch (size) {
      case 1 -> b.put(at, (byte) value);
      case 2 -> b.putShort(at, (short) value);
      case 4 -> b.putInt(at, (int) value);
      case 8 -> b.putLong(at, value);
      default -> throw new IllegalArgumentException("an integer of " + size + " bytes");
    }
  }

  @SuppressWarnings("unchecked") // the caller's value maps hold lists of value maps for variable members
  private static List<Map<String, Object>> list(Map<String, Object> values, Member variable) {
    Object list = values.get(variable.javaName());
    if (!(list instanceof List)) {
      throw new IllegalArgumentException("no elements for " + variable.cName());
    }
    return (List<Map<String, Object>>) list;
  }
}
