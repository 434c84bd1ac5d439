package org.ckptgen.bench.processor;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;

/**
 * The sources of a build with {@code n} checkpoint structs: one image root that lists them all,
 * one subsystem that checkpoints the first struct, and {@code n} records with fixed, 64-bit, string and variable
 * members, so that the processor lays out, checks and generates for each.
 */
final class GeneratedStructs {
  private GeneratedStructs() {}

  static List<JavaFileObject> sources(int n) {
    List<JavaFileObject> files = new ArrayList<>(n + 2);
    // the root lists every struct, so that each is in the image's schema, reader and header
    StringBuilder listed = new StringBuilder();
    for (int i = 0; i < n; i++) {
      listed.append(i == 0 ? "" : ", ").append("S").append(i).append(".class");
    }
    files.add(source("gen/BenchImage", """
        package gen;

        @org.ckptgen.annotations.CheckpointImage(name = "bench", structs = {%s})
        public interface BenchImage {}
        """.formatted(listed)));
    files.add(source("gen/BenchSubsystem", """
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
        """));
    for (int i = 0; i < n; i++) {
      files.add(source("gen/S" + i, """
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
          """.formatted(i, 0x1000 + i)));
    }
    return files;
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
