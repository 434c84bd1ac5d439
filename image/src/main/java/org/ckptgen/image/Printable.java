package org.ckptgen.image;

/**
 * Makes text from an image safe to print: an image is hostile, and a string in it may hold
 * newlines that fake lines of output, terminal escapes (ESC, CSI), or bidirectional overrides
 * that reorder what a reader sees. Every tool prints image strings through here.
 */
public final class Printable {
  private Printable() {}

  /**
   * {@code s} with every control character (C0, DEL, C1), format character (bidi controls,
   * zero-width characters), line or paragraph separator and unpaired surrogate written as an
   * escape ({@code \n}, {@code \t}, {@code \x1b}; for U+202E a backslash, u and 202e), and backslashes doubled, so that
   * the result is one line that shows exactly what the image holds.
   */
  public static String escape(String s) {
    return escape(s, true);
  }

  /**
   * A line to print: as {@link #escape}, but backslashes are left as they are, for a message that
   * may already hold escaped image text. Whatever {@code message} holds, the result is one line.
   */
  public static String line(String message) {
    return escape(String.valueOf(message), false);
  }

  private static String escape(String s, boolean backslash) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);  // an unpaired surrogate comes back as itself
      String escaped = escape(cp, backslash);
      if (escaped != null && out == null) {
        out = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (escaped != null) {
        out.append(escaped);
      } else if (out != null) {
        out.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    return out == null ? s : out.toString();
  }

  /** The escape of one code point, or null if it prints as itself. */
  private static String escape(int cp, boolean backslash) {
    switch (cp) {
      case '\n': return "\\n";
      case '\r': return "\\r";
      case '\t': return "\\t";
      case '\\': return backslash ? "\\\\" : null;
      default: break;
    }
    int type = Character.getType(cp);
    if (type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE) {
      return cp < 0x100 ? String.format("\\x%02x", cp)
          : cp < 0x10000 ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp);
    }
    return null;
  }
}
