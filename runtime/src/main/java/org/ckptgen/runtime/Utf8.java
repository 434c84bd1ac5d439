package org.ckptgen.runtime;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 for checkpoint strings. Encoding writes straight into the caller's buffer, because codecs
 * promise to encode without allocating and {@link String#getBytes} allocates; decoding is strict,
 * so a malformed label is a bad image rather than a string with replacement characters.
 */
public final class Utf8 {
  private Utf8() {}

  /**
   * The number of bytes {@code s} takes in UTF-8.
   *
   * @throws IllegalArgumentException if {@code s} holds an unpaired surrogate or a NUL character,
   *     which a C string cannot carry
   */
  public static int encodedLength(CharSequence s, String what) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == 0) {
        throw new IllegalArgumentException(what + " contains a NUL character at index " + i);
      } else if (c < 0x80) {
        n += 1;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        n += 4;
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new IllegalArgumentException(what + " has an unpaired surrogate at index " + i);
      } else {
        n += 3;
      }
    }
    return n;
  }

  /**
   * Writes {@code s}, already checked by {@link #encodedLength}, at {@code at}, and returns the
   * number of bytes written.
   */
  public static int encode(CharSequence s, ByteBuffer buf, int at) {
    int p = at;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        buf.put(p++, (byte) c);
      } else if (c < 0x800) {
        buf.put(p++, (byte) (0xc0 | (c >> 6)));
        buf.put(p++, (byte) (0x80 | (c & 0x3f)));
      } else if (Character.isHighSurrogate(c)) {
        int cp = Character.toCodePoint(c, s.charAt(++i));
        buf.put(p++, (byte) (0xf0 | (cp >> 18)));
        buf.put(p++, (byte) (0x80 | ((cp >> 12) & 0x3f)));
        buf.put(p++, (byte) (0x80 | ((cp >> 6) & 0x3f)));
        buf.put(p++, (byte) (0x80 | (cp & 0x3f)));
      } else {
        buf.put(p++, (byte) (0xe0 | (c >> 12)));
        buf.put(p++, (byte) (0x80 | ((c >> 6) & 0x3f)));
        buf.put(p++, (byte) (0x80 | (c & 0x3f)));
      }
    }
    return p - at;
  }

  /** Decodes {@code n} bytes at {@code at}, rejecting malformed UTF-8. */
  public static String decode(ByteBuffer buf, int at, int n, int recordType, String what)
      throws CkptFormatException {
    // most names are ASCII, whose bytes are their characters: no decoder (two objects and a
    // char buffer a string, 10,000 a container's restore), and the strict one for the rest
    byte[] bytes = new byte[n];
    buf.get(at, bytes);
    boolean ascii = true;
    for (byte b : bytes) {
      ascii &= b >= 0;
    }
    if (ascii) {
      return new String(bytes, StandardCharsets.ISO_8859_1);
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(buf.slice(at, n))
          .toString();
    } catch (CharacterCodingException e) {
      throw new CkptFormatException(at, recordType, what + " is not valid UTF-8", e);
    }
  }
}
