package org.ckptgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * gcc judges the header generated for every field kind: it compiles cleanly 32- and 64-bit
 * with -Wpadded, and the sizes and offsets gcc computes, printed by a program that includes it,
 * are the same on both and equal to the layout rule worked out by hand.
 */
class CHeaderGccTest {
  /** struct, member ("" for sizeof), and the value by hand from the layout rule. */
  private static final String[][] EXPECTED = {
    {"ckpt_point", "", "8"}, {"ckpt_point", "x", "0"}, {"ckpt_point", "y", "2"}, {"ckpt_point", "__pad1", "4"},
    {"ckpt_hdr_shared", "", "16"}, {"ckpt_hdr_shared", "h", "0"}, {"ckpt_hdr_shared", "v", "8"},
    {"ckpt_hdr_sink", "", "96"}, {"ckpt_hdr_sink", "h", "0"}, {"ckpt_hdr_sink", "s8", "8"},
    {"ckpt_hdr_sink", "u8", "9"}, {"ckpt_hdr_sink", "s16", "10"}, {"ckpt_hdr_sink", "u16", "12"},
    {"ckpt_hdr_sink", "__pad1", "14"}, {"ckpt_hdr_sink", "s32", "16"}, {"ckpt_hdr_sink", "u32", "20"},
    {"ckpt_hdr_sink", "s64", "24"}, {"ckpt_hdr_sink", "u64", "32"}, {"ckpt_hdr_sink", "flag", "40"},
    {"ckpt_hdr_sink", "small", "41"}, {"ckpt_hdr_sink", "mid", "42"}, {"ckpt_hdr_sink", "wide", "44"},
    {"ckpt_hdr_sink", "point", "48"}, {"ckpt_hdr_sink", "triple", "56"}, {"ckpt_hdr_sink", "tag", "62"},
    {"ckpt_hdr_sink", "__pad2", "67"}, {"ckpt_hdr_sink", "points", "72"}, {"ckpt_hdr_sink", "shared_ref", "88"},
    {"ckpt_hdr_sink", "nids", "92"}, {"ckpt_hdr_sink", "ids", "96"},
    {"ckpt_hdr_text", "", "16"}, {"ckpt_hdr_text", "kind", "8"}, {"ckpt_hdr_text", "__pad1", "9"},
    {"ckpt_hdr_text", "text_len", "12"}, {"ckpt_hdr_text", "text", "16"},
    {"ckpt_hdr_blob", "", "16"}, {"ckpt_hdr_blob", "data_len", "8"}, {"ckpt_hdr_blob", "__pad1", "12"},
    {"ckpt_hdr_blob", "data", "16"},
    {"ckpt_hdr_points", "", "16"}, {"ckpt_hdr_points", "npts", "8"}, {"ckpt_hdr_points", "pts", "16"},
    {"ckpt_hdr_inner", "", "24"}, {"ckpt_hdr_inner", "a", "8"}, {"ckpt_hdr_inner", "nmore", "16"},
    {"ckpt_hdr_inner", "__pad1", "20"}, {"ckpt_hdr_inner", "more", "24"},
    {"ckpt_hdr_view", "", "16"}, {"ckpt_hdr_view", "tag", "8"}, {"ckpt_hdr_view", "data_len", "12"},
    {"ckpt_hdr_view", "data", "16"},
    {"ckpt_hdr_evolving", "", "48"}, {"ckpt_hdr_evolving", "a", "8"}, {"ckpt_hdr_evolving", "__pad1", "12"},
    {"ckpt_hdr_evolving", "b", "16"}, {"ckpt_hdr_evolving", "c", "24"}, {"ckpt_hdr_evolving", "__pad2", "25"},
    {"ckpt_hdr_evolving", "e", "32"}, {"ckpt_hdr_evolving", "s", "33"}, {"ckpt_hdr_evolving", "__pad3", "41"},
  };

  private static String header;

  @BeforeAll
  static void generate() throws IOException {
    Compilation c = Sources.compile(KitchenSinkTest.SINK);
    assertThat(c).succeeded();
    JavaFileObject file = c.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/ckptgen/include/sink_ckpt_hdr.h")
        .orElseThrow(() -> new AssertionError("no header in the class output"));
    header = file.getCharContent(true).toString();
  }

  @Test
  void headerCompilesCleanly32And64Bit(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("sink_ckpt_hdr.h"), header);
    Files.writeString(dir.resolve("only_include.c"), "#include \"sink_ckpt_hdr.h\"\nint main(void) { return 0; }\n");
    for (String bits : List.of("64", "32")) {
      Gcc.Result r = Gcc.compile(dir, bits, "-c", "only_include.c", "-o", "only_include" + bits + ".o");
      assertTrue(r.ok(), "gcc -m" + bits + ":\n" + r.err());
    }
  }

  @Test
  void gccLaysOutEveryStructAsTheRuleSays(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("sink_ckpt_hdr.h"), header);
    StringBuilder program = new StringBuilder("#include <stdio.h>\n#include \"sink_ckpt_hdr.h\"\nint main(void)\n{\n");
    StringBuilder expected = new StringBuilder();
    for (String[] e : EXPECTED) {
      String what = e[1].isEmpty() ? "sizeof(struct " + e[0] + ")" : "offsetof(struct " + e[0] + ", " + e[1] + ")";
      program.append("\tprintf(\"%s %s %zu\\n\", \"").append(e[0]).append("\", \"").append(e[1].isEmpty() ? "size" : e[1])
          .append("\", ").append(what).append(");\n");
      expected.append(e[0]).append(' ').append(e[1].isEmpty() ? "size" : e[1]).append(' ').append(e[2]).append('\n');
    }
    Files.writeString(dir.resolve("layout.c"), program.append("\treturn 0;\n}\n").toString());
    for (String bits : List.of("64", "32")) {
      Gcc.Result built = Gcc.compile(dir, bits, "layout.c", "-o", "layout" + bits);
      assertTrue(built.ok(), "gcc -m" + bits + ":\n" + built.err());
      Gcc.Result ran = Gcc.run(List.of(dir.resolve("layout" + bits).toString()), dir);
      assertTrue(ran.ok(), "layout" + bits + " exited with " + ran.exit() + ":\n" + ran.err());
      assertEquals(expected.toString(), ran.out(), "sizes and offsets gcc computes with -m" + bits);
    }
  }

  @Test
  void theHeaderHasWhatTheDesignAsksFor() {
    assertTrue(header.contains("#ifndef SINK_CKPT_HDR_H"));
    assertTrue(header.contains("\tCKPT_HDR_SINK = 0x0201,\n#define CKPT_HDR_SINK CKPT_HDR_SINK\n"), "type enum with #define");
    assertTrue(header.contains("enum ckpt_mid {\n\tCKPT_MID_SEVEN = 7,\n#define CKPT_MID_SEVEN CKPT_MID_SEVEN\n"));
    assertTrue(header.contains("\t__u8 __pad2[5];\n"), "explicit padding");
    assertTrue(header.contains("\t/* unsigned, at 2; then __pad1[4]; size 8 */\n\t__u16 y;"), "field Javadoc as a C comment");
    assertTrue(header.contains("followed by nids __u32 elements; nids <= 100"), "flexible array comment names its count");
    assertTrue(header.contains("\t__u32 ids[];\n} __attribute__((aligned(8)));"));
    assertTrue(header.contains("CKPT_STATIC_ASSERT(offsetof(struct ckpt_hdr_sink, ids) == 96,"));
    assertTrue(header.contains("version 3"), "the image version");
    assertTrue(header.contains("\t * version 2, at 16\n\t * since version 2\n\t */\n\t__s64 b;"), "later fields say since when");
  }

  @Test
  void cOutputDirGetsTheSameHeader(@TempDir Path dir) throws IOException {
    Compilation c = Sources.compile(List.of("-Ackptgen.cOutputDir=" + dir.resolve("include")), KitchenSinkTest.SINK);
    assertThat(c).succeeded();
    assertEquals(header, Files.readString(dir.resolve("include/sink_ckpt_hdr.h")));
  }
}
