package org.ckptgen.image;

import java.nio.ByteBuffer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ckptgen.runtime.Json;

/**
 * A record or nested struct decoded by the image's own layout, for code without the subsystems'
 * classes. Values by C member name, in member order:
 * <ul>
 *   <li>integers and objrefs: {@code Long} (unsigned ones zero-extended; a {@code __u64} above
 *       {@code Long.MAX_VALUE} reads negative, as Java's {@code long} does);
 *   <li>booleans: {@code Boolean}; enums: the constant's name, a {@code String};
 *   <li>strings: {@code String}; byte payloads: a read-only {@code ByteBuffer} view;
 *   <li>nested structs: {@code GenericRecord};
 *   <li>arrays: {@code long[]}, {@code boolean[]}, {@code String[]} or {@code GenericRecord[]}.
 * </ul>
 */
public record GenericRecord(ImageLayout.Struct struct, Map<String, Object> values) {

  public GenericRecord {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** The value of member {@code name}, or null if the struct has no such field. */
  public Object get(String name) {
    return values.get(name);
  }

  /** An integer member's value. */
  public long getLong(String name) {
    Object v = values.get(name);
    if (!(v instanceof Long)) {
      throw new IllegalArgumentException(struct.name() + " has no integer member " + name);
    }
    return (Long) v;
  }

  /** Appends the record as JSON, exactly as its generated codec's {@code json} prints it. */
  public void json(StringBuilder out) {
    out.append('{');
    boolean first = true;
    for (FieldEntry f : struct.fields()) {
      if (!first) {
        out.append(',');
      }
      first = false;
      Json.string(f.name(), out);
      out.append(':');
      value(f, values.get(f.name()), out);
    }
    out.append('}');
  }

  /**
   * Appends one member's value {@code v} as JSON, as {@link #json} does; public for the tools
   * that print single members ({@link org.ckptgen.image.tools.ImageDiff}).
   */
  public static void value(FieldEntry f, Object v, StringBuilder out) {
    if (v instanceof String s && f.element() != FieldEntry.ELEMENT_ENUM) {
      Json.string(s, out);
    } else if (v instanceof ByteBuffer b) {
      Json.hex(b, out);
    } else if (v instanceof long[] a) {
      out.append('[');
      for (int i = 0; i < a.length; i++) {
        out.append(i > 0 ? "," : "");
        number(f, a[i], out);
      }
      out.append(']');
    } else if (v instanceof boolean[] a) {
      out.append('[');
      for (int i = 0; i < a.length; i++) {
        out.append(i > 0 ? "," : "").append(a[i]);
      }
      out.append(']');
    } else if (v instanceof String[] a) {
      out.append('[');
      for (int i = 0; i < a.length; i++) {
        out.append(i > 0 ? ",\"" : "\"").append(a[i]).append('"');
      }
      out.append(']');
    } else if (v instanceof GenericRecord[] a) {
      out.append('[');
      for (int i = 0; i < a.length; i++) {
        out.append(i > 0 ? "," : "");
        a[i].json(out);
      }
      out.append(']');
    } else if (v instanceof GenericRecord r) {
      r.json(out);
    } else if (v instanceof Long n) {
      number(f, n, out);
    } else if (v instanceof String name) {
      out.append('"').append(name).append('"');  // an enum constant: a Java identifier
    } else {
      out.append(v);  // Boolean
    }
  }

  private static void number(FieldEntry f, long n, StringBuilder out) {
    boolean unsigned = f.element() == FieldEntry.ELEMENT_INT && (f.flags() & FieldEntry.FLAG_SIGNED) == 0;
    out.append(unsigned ? Long.toUnsignedString(n) : Long.toString(n));
  }
}
