package org.ckptgen.processor.model;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Javadoc text made fit for a C comment. */
public final class Docs {
  private Docs() {}

  /** Non-blank lines of {@code doc}, with {@code {@code x}} and {@code {@link X}} reduced to their text. */
  public static List<String> lines(String doc) {
    if (doc == null || doc.isBlank()) {
      return List.of();
    }
    String plain = doc.replaceAll("\\{@(?:code|link|linkplain|literal)\\s+([^}]*)}", "$1")
        .replace("*/", "* /");
    return Arrays.stream(plain.split("\n"))
        .map(String::strip)
        .filter(line -> !line.isEmpty())
        .collect(Collectors.toList());
  }
}
