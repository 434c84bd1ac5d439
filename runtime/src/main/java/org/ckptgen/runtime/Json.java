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
}
