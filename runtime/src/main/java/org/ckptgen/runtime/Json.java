package org.ckptgen.runtime;

import java.nio.ByteBuffer;

/**
 * The pieces of JSON that generated codecs write: strings escaped per RFC 8259 and byte
 * payloads in hex. Numbers are written by the codecs themselves, unsigned ones in unsigned
 * decimal (values above 2^53 are exact in the text; JavaScript readers may round them).
 */
public final class Json {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private Json() {}

  /** {@code s} as a JSON string, quotes included. */
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
          if (c < 0x20) {
            out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xf]);
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
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
}
