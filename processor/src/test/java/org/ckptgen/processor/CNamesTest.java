package org.ckptgen.processor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ckptgen.processor.cgen.CNames;
import org.junit.jupiter.api.Test;

/**
 * The names the templates' common C code declares are the ones the processor keeps from user
 * structs (CNames): a function, macro or struct tag added to a template without being listed
 * there would let a user struct collide with it in the header.
 */
class CNamesTest {
  private static final Pattern FUNCTION = Pattern.compile("^static inline [^(\\n]*?\\b(ckpt_\\w+)\\(", Pattern.MULTILINE);
  private static final Pattern MACRO = Pattern.compile("^#define (CKPT\\w*)\\b", Pattern.MULTILINE);
  private static final Pattern TAG = Pattern.compile("^(?:struct|enum) (ckpt_\\w+) \\{", Pattern.MULTILINE);
  private static final Pattern ENUMERATOR = Pattern.compile("^\\t(CKPT_\\w+),", Pattern.MULTILINE);
  private static final Pattern VARIABLE = Pattern.compile("^static (?:const )?[\\w ]+\\b(ckpt_\\w+)\\s*\\[", Pattern.MULTILINE);

  @Test
  void everyCommonNameOfTheTemplatesIsReserved() throws IOException {
    Set<String> identifiers = new TreeSet<>();
    Set<String> tags = new TreeSet<>();
    for (String template : new String[] {"ckpt_hdr.h.ftl", "ckpt_reader.h.ftl", "ckptgen_reader.h"}) {
      String text = read("org/ckptgen/templates/" + template);
      collect(FUNCTION, text, identifiers);
      collect(MACRO, text, identifiers);
      collect(VARIABLE, text, identifiers);
      collect(ENUMERATOR, text, identifiers);
      collect(TAG, text, tags);
    }
    assertTrue(identifiers.size() > 15, identifiers.toString());
    assertTrue(CNames.COMMON_IDENTIFIERS.containsAll(identifiers), "not reserved in CNames: "
        + identifiers.stream().filter(n -> !CNames.COMMON_IDENTIFIERS.contains(n)).toList());
    assertTrue(CNames.COMMON_TAGS.containsAll(tags), "not reserved in CNames: "
        + tags.stream().filter(n -> !CNames.COMMON_TAGS.contains(n)).toList());
  }

  private static void collect(Pattern p, String text, Set<String> into) {
    Matcher m = p.matcher(text);
    while (m.find()) {
      into.add(m.group(1));
    }
  }

  private static String read(String resource) throws IOException {
    try (InputStream in = CNamesTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertTrue(in != null, resource);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
