package org.ckptgen.bench.processor;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;

/**
 * The sources of a build with {@code n} checkpoint structs: one image root that lists them all,
 * one subsystem that checkpoints the first struct, and {@code n} records with fixed, 64-bit, string and variable
 * members, so that the processor lays out, checks and generates for each; and the same {@code n}
 * records as protobuf messages ({@link #proto}) and as SBE messages ({@link #sbe}), for
 * {@link BuildCost}.
 */
final class GeneratedStructs {
  private GeneratedStructs() {}

  static List<JavaFileObject> sources(int n) {
    List<JavaFileObject> files = new ArrayList<>(n + 2);
    texts(n).forEach((path, text) -> files.add(source(path, text)));
    return files;
  }

  /** The same sources as {@link #sources}: each file's text by its path without ".java". */
  static Map<String, String> texts(int n) {
    Map<String, String> files = new LinkedHashMap<>();
    // the root lists every struct, so that each is in the image's schema, reader and header
    StringBuilder listed = new StringBuilder();
    for (int i = 0; i < n; i++) {
      listed.append(i == 0 ? "" : ", ").append("S").append(i).append(".class");
    }
    files.put("gen/BenchImage", """
        package gen;

        @org.ckptgen.annotations.CheckpointImage(name = "bench", structs = {%s})
        public interface BenchImage {}
        """.formatted(listed));
    files.put("gen/BenchSubsystem", """
        package gen;

        import org.ckptgen.annotations.CheckpointHook;
        import org.ckptgen.annotations.RestoreHook;
        import org.ckptgen.annotations.Subsystem;
        import org.ckptgen.image.hook.CheckpointContext;
        import org.ckptgen.image.hook.RestoreContext;

        @Subsystem(value = "bench", image = BenchImage.class)
        public final class BenchSubsystem {
          @CheckpointHook
          public S0 checkpoint(CheckpointContext ctx) {
            return new S0(1, 2, 3, "name", new int[] {4});
          }

          @RestoreHook
          public int restore(RestoreContext ctx, S0 state) {
            return 0;
          }
        }
        """);
    for (int i = 0; i < n; i++) {
      files.put("gen/S" + i, """
          package gen;

          import org.ckptgen.annotations.CkptStruct;
          import org.ckptgen.annotations.FixedString;
          import org.ckptgen.annotations.U32;
          import org.ckptgen.annotations.U64;
          import org.ckptgen.annotations.VarArray;

          /** Generated struct %1$d. */
          @CkptStruct(type = %2$d)
          public record S%1$d(@U64 long start, @U32 int flags, @U32 int count,
              @FixedString(length = 16) String name, @U32 @VarArray(max = 64) int[] ids) {}
          """.formatted(i, 0x1000 + i));
    }
    return files;
  }

  /**
   * The {@code n} records as one proto3 file of {@code n} messages, member for member: the fixed
   * integers as protobuf users write them (varints), the name a string, the ids a packed
   * repeated field.
   */
  static String proto(int n) {
    StringBuilder out = new StringBuilder("""
        // %d generated messages, as GeneratedStructs' records.
        syntax = "proto3";

        package bench;

        option java_package = "gen.proto";
        option java_multiple_files = true;
        """.formatted(n));
    for (int i = 0; i < n; i++) {
      out.append("""

          message S%d {
            uint64 start = 1;
            uint32 flags = 2;
            uint32 count = 3;
            string name = 4;
            repeated uint32 ids = 5;
          }
          """.formatted(i));
    }
    return out.toString();
  }

  /**
   * The {@code n} records as one SBE schema of {@code n} messages: the fixed members as fields,
   * the name a 16-character array, the ids a repeating group of one uint32 (SBE's way of a
   * variable array of numbers).
   */
  static String sbe(int n) {
    StringBuilder out = new StringBuilder("""
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- %d generated messages, as GeneratedStructs' records. -->
        <sbe:messageSchema xmlns:sbe="http://fixprotocol.io/2016/sbe"
                           package="gen.sbe" id="1" version="0" semanticVersion="1.0"
                           byteOrder="littleEndian">
          <types>
            <composite name="messageHeader">
              <type name="blockLength" primitiveType="uint16"/>
              <type name="templateId" primitiveType="uint16"/>
              <type name="schemaId" primitiveType="uint16"/>
              <type name="version" primitiveType="uint16"/>
            </composite>
            <composite name="groupSizeEncoding">
              <type name="blockLength" primitiveType="uint16"/>
              <type name="numInGroup" primitiveType="uint16"/>
            </composite>
            <type name="name16" primitiveType="char" length="16" characterEncoding="US-ASCII"/>
          </types>
        """.formatted(n));
    for (int i = 0; i < n; i++) {
      out.append("""
            <sbe:message name="S%d" id="%d">
              <field name="start" id="1" type="uint64"/>
              <field name="flags" id="2" type="uint32"/>
              <field name="count" id="3" type="uint32"/>
              <field name="name" id="4" type="name16"/>
              <group name="ids" id="5" dimensionType="groupSizeEncoding">
                <field name="id" id="6" type="uint32"/>
              </group>
            </sbe:message>
          """.formatted(i, i + 1));
    }
    return out.append("</sbe:messageSchema>\n").toString();
  }

  static JavaFileObject source(String path, String text) {
    return new SimpleJavaFileObject(URI.create("string:///" + path + ".java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return text;
      }
    };
  }
}
