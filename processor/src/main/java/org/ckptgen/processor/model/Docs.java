package org.ckptgen.processor.model;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Javadoc text made fit for a C comment that compiles under {@code -Wall -Werror} in any dialect:
 * no comment delimiters inside, no trigraph that ends a line, no control or bidirectional
 * control characters (gcc warns of a NUL and, by default since gcc 12, of unpaired bidi
 * controls); such a character is written as its code point, {@code U+202E}.
 */
public final class Docs {
  private Docs() {}

  /** Non-blank lines of {@code doc}, with {@code {@code x}} and {@code {@link X}} reduced to their text. */
  public static List<String> lines(String doc) {
    if (doc == null || doc.isBlank()) {
      return List.of();
    }
    String plain = doc.replaceAll("\\{@(?:code|link|linkplain|literal)\\s+([^}]*)}", "$1");
    return Arrays.stream(plain.split("\\R"))
        .map(Docs::cSafe)
        .map(String::strip)
        .filter(line -> !line.isEmpty())
        .collect(Collectors.toList());
  }

  /** One line of comment text with nothing in it that C reads as more than text. */
  static String cSafe(String line) {
    StringBuilder out = new StringBuilder(line.length());
    line.codePoints().forEach(c -> {
      if (c == '\t') {
        out.append(' ');
      } else if (Character.getType(c) == Character.CONTROL || isBidiControl(c)) {
        out.append(String.format("U+%04X", c));
      } else {
        out.appendCodePoint(c);
      }
    });
    // "/*" inside a comment is a warning (-Wcomment) and "*/" ends it: both get a space, "/*"
    // first so that no "*/" is left able to make a new one. "??/" is a backslash in ISO C
    // modes, which at the end of a line joins the next one (-Wtrigraphs).
    return out.toString()
        .replace("/*", "/ *")
        .replace("*/", "* /")
        .replaceAll("\\?(?=\\?)", "? ");
  }

  private static boolean isBidiControl(int c) {
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
  }
}
