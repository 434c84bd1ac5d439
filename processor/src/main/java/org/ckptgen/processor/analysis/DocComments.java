package org.ckptgen.processor.analysis;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A record's Javadoc split into its description and its {@code @param} texts, which is where
 * the documentation of record components lives.
 */
record DocComments(String description, Map<String, String> params) {
  private static final Pattern PARAM = Pattern.compile("^@param\\s+(\\S+)\\s*(.*)$");

  static DocComments parse(String javadoc) {
    if (javadoc == null) {
      return new DocComments("", Map.of());
    }
    StringBuilder description = new StringBuilder();
    Map<String, String> params = new HashMap<>();
    String currentParam = null;
    boolean inTags = false;
    for (String raw : javadoc.split("\n")) {
      String line = raw.strip();
      if (line.startsWith("@")) {
        inTags = true;
        Matcher m = PARAM.matcher(line);
        currentParam = m.matches() ? m.group(1) : null;
        if (currentParam != null) {
          params.put(currentParam, m.group(2));
        }
      } else if (inTags) {
        if (currentParam != null && !line.isEmpty()) {
          params.merge(currentParam, line, (a, b) -> a + "\n" + b);
        }
      } else {
        description.append(line).append('\n');
      }
    }
    return new DocComments(description.toString().strip(), params);
  }

  String param(String name) {
    return params.getOrDefault(name, "");
  }
}
