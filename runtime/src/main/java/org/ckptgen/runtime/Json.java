package org.ckptgen.runtime;

import java.nio.ByteBuffer;

/**
 * The pieces of JSON that generated codecs write: strings escaped per RFC 8259, byte payloads in
 * hex, numbers (unsigned ones in unsigned decimal: values above 2^53 are exact in the text;
 * JavaScript readers may round them).
 *
 * <p>A codec's {@code json} is one call per member, {@code Json.unsigned(out, ",\"uid\":",
 * value.uid(), 4)}: its key (with the comma or brace before it), then its value. The methods have
 * distinct names rather than overloads of one, and the loops over arrays are here: the generated
 * code stays short and cheap to compile (javac resolves each of the many overloads of {@code
 * StringBuilder.append} again at every call).
 */
public final class Json {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private Json() {}

  /**
   * {@code s} as a JSON string, quotes included. Besides what RFC 8259 requires (quote, backslash,
   * C0 controls), the characters that would act on a terminal or reorder the text when a dump is
   * read there are written as four-digit JSON escapes too: DEL, the C1 controls, zero-width and
   * bidirectional format characters, the line and paragraph separators and the BOM (the C
   * reader's {@code ckpt_json_string} escapes the same set).
   */
  public static void string(CharSequence s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        case '\b': out.append("\\b"); break;
        case '\f': out.append("\\f"); break;
        default:
          if (c < 0x20 || inert(c)) {
            out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xf]).append(HEX[(c >> 4) & 0xf])
                .append(HEX[c & 0xf]);
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
  }

  /** Whether {@code c} is escaped for a terminal's sake though JSON allows it raw. */
  private static boolean inert(char c) {
    return c == 0x7f || (c >= 0x80 && c <= 0x9f) || (c >= 0x200b && c <= 0x200f) || (c >= 0x2028 && c <= 0x202e)
        || (c >= 0x2060 && c <= 0x2064) || (c >= 0x2066 && c <= 0x2069) || c == 0xfeff;
  }

  /** The remaining bytes of {@code data}, as a JSON string of lower-case hex; the buffer is not moved. */
  public static void hex(ByteBuffer data, StringBuilder out) {
    out.append('"');
    for (int i = data.position(); i < data.limit(); i++) {
      int b = data.get(i) & 0xff;
      out.append(HEX[b >> 4]).append(HEX[b & 0xf]);
    }
    out.append('"');
  }

  /** {@code data} as a JSON string of lower-case hex. */
  public static void hex(byte[] data, StringBuilder out) {
    hex(ByteBuffer.wrap(data), out);
  }

  /** Appends {@code text} as it is: a key with its separator, a bracket, a brace. */
  public static void raw(StringBuilder out, String text) {
    out.append(text);
  }

  /** Appends {@code key}, then {@code value} in signed decimal. */
  public static void signed(StringBuilder out, String key, long value) {
    out.append(key).append(value);
  }

  /** Appends {@code key}, then the low {@code bytes} bytes of {@code value} in unsigned decimal. */
  public static void unsigned(StringBuilder out, String key, long value, int bytes) {
    out.append(key);
    unsigned(out, value, bytes);
  }

  private static void unsigned(StringBuilder out, long value, int bytes) {
    if (bytes == 8) {
      out.append(Long.toUnsignedString(value));
    } else {
      out.append(value & (-1L >>> (64 - 8 * bytes)));
    }
  }

  /** Appends {@code key}, then {@code true} or {@code false}. */
  public static void bool(StringBuilder out, String key, boolean value) {
    out.append(key).append(value);
  }

  /** Appends {@code key}, then the enum constant's name as a string. */
  public static void name(StringBuilder out, String key, Enum<?> value) {
    out.append(key).append('"').append(value.name()).append('"');
  }

  /** Appends {@code key}, then {@code value} as an escaped string. */
  public static void string(StringBuilder out, String key, CharSequence value) {
    string(value, out.append(key));
  }

  /** Appends {@code key}, then the remaining bytes of {@code value} in hex; the buffer is not moved. */
  public static void hex(StringBuilder out, String key, ByteBuffer value) {
    hex(value, out.append(key));
  }

  /** Appends {@code key}, then {@code value} in hex. */
  public static void hex(StringBuilder out, String key, byte[] value) {
    hex(value, out.append(key));
  }

  /** Appends {@code key}, then the array in signed decimal. */
  public static void signedBytes(StringBuilder out, String key, byte[] a) {
    out.append(key).append('[');
    for (int i = 0; i < a.length; i++) {
      (i == 0 ? out : out.append(',')).append(a[i]);
    }
    out.append(']');
  }

  /** Appends {@code key}, then the array in signed decimal. */
  public static void signedShorts(StringBuilder out, String key, short[] a) {
    out.append(key).append('[');
    for (int i = 0; i < a.length; i++) {
      (i == 0 ? out : out.append(',')).append(a[i]);
    }
    out.append(']');
  }

  /** Appends {@code key}, then the array in signed decimal. */
  public static void signedInts(StringBuilder out, String key, int[] a) {
    out.append(key).append('[');
    for (int i = 0; i < a.length; i++) {
      (i == 0 ? out : out.append(',')).append(a[i]);
    }
    out.append(']');
  }

  /** Appends {@code key}, then the array in signed decimal. */
  public static void signedLongs(StringBuilder out, String key, long[] a) {
    out.append(key).append('[');
    for (int i = 0; i < a.length; i++) {
      (i == 0 ? out : out.append(',')).append(a[i]);
    }
    out.append(']');
  }

  /** Appends {@code key}, then the array in unsigned decimal. */
  public static void unsignedBytes(StringBuilder out, String key, byte[] a) {
    out.append(key).append('[');
    for (int i = 0; i < a.length; i++) {
      unsigned(i == 0 ? out : out.append(','), a[i], 1);
    }
    out.append(']');
  }

  /** Appends {@code key}, then the array in unsigned decimal. */
  public static void unsignedShorts(StringBuilder out, String key, short[] a) {
    out.append(key).append('[');
    for (int i = 0; i < a.length; i++) {
      unsigned(i == 0 ? out : out.append(','), a[i], 2);
    }
    out.append(']');
  }

  /** Appends {@code key}, then the array in unsigned decimal. */
  public static void unsignedInts(StringBuilder out, String key, int[] a) {
    out.append(key).append('[');
    for (int i = 0; i < a.length; i++) {
      unsigned(i == 0 ? out : out.append(','), a[i], 4);
    }
    out.append(']');
  }

  /** Appends {@code key}, then the array in unsigned decimal. */
  public static void unsignedLongs(StringBuilder out, String key, long[] a) {
    out.append(key).append('[');
    for (int i = 0; i < a.length; i++) {
      unsigned(i == 0 ? out : out.append(','), a[i], 8);
    }
    out.append(']');
  }

  /** Appends {@code key}, then the array of {@code true} and {@code false}. */
  public static void bools(StringBuilder out, String key, boolean[] a) {
    out.append(key).append('[');
    for (int i = 0; i < a.length; i++) {
      (i == 0 ? out : out.append(',')).append(a[i]);
    }
    out.append(']');
  }

  /** Appends {@code key}, then the array of enum constant names. */
  public static void names(StringBuilder out, String key, Enum<?>[] a) {
    out.append(key).append('[');
    for (int i = 0; i < a.length; i++) {
      (i == 0 ? out : out.append(',')).append('"').append(a[i].name()).append('"');
    }
    out.append(']');
  }
}
