package org.ckptgen.processor.javagen;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.ckptgen.processor.model.Fingerprint;
import org.ckptgen.processor.model.JavaType;
import org.ckptgen.processor.model.Layout;
import org.ckptgen.processor.model.Schema;
import org.ckptgen.processor.model.StructLayout;
import org.junit.jupiter.api.Test;

/**
 * The schema and reader classes of 8,000 record structs compile: no generated class passes the
 * class file's 65,535 constants or 65,535 methods, nor a method its 64 KiB of code (the reader of
 * before the parts passed the constants at about 7,300). The structs have no fields and their
 * codecs are stand-ins (a constant each), so that javac's time goes to the classes under test;
 * generated-example's LargeSchemaTest runs real ones past 2,048. With STRUCTS = 20,000 it passed
 * too (benchmarks/README.md, "Build cost, session 6"), in a time too long for every build.
 */
class ManyStructsTest {
  private static final int STRUCTS = 8_000;

  @Test
  void theSchemaAndReaderOf8000StructsCompile() throws IOException {
    List<StructLayout> structs = new ArrayList<>();
    StringBuilder records = new StringBuilder("package big;\n\npublic interface Big {\n");
    StringBuilder codecs = new StringBuilder("package big;\n\n");
    for (int i = 0; i < STRUCTS; i++) {
      structs.add(Layout.lay(new JavaType("big", List.of("Big", "S" + i)), "ckpt_hdr_s" + i, 0x1000 + i,
          "CKPT_HDR_S" + i, false, List.of(), null));
      records.append("  record S").append(i).append("() {}\n");
      codecs.append("final class Big_S").append(i).append("Codec {\n  static final org.ckptgen.runtime.RecordCodec<Big.S")
          .append(i).append("> INSTANCE = null;\n}\n");
    }
    records.append("}\n");
    Schema schema = Schema.of("big", 1, structs);
    JavaType root = new JavaType("big", List.of("BigImage"));
    List<JavaFileObject> sources = new ArrayList<>();
    List<JavaFile> generated = new ArrayList<>(SchemaWriter.write(root, schema, List.of(), List.of(),
        Fingerprint.of(schema), List.of()));
    generated.add(ReaderWriter.write(root, "big", schema.structs(), List.of()));
    // the schema class and ceil(8,000 / 2,048) interfaces of its codec constants; the reader
    assertEquals(1 + 4 + 1, generated.size());
    for (JavaFile f : generated) {
      sources.add(f.toJavaFileObject());
    }
    sources.add(JavaFileObjects.forSourceString("big.Big", records.toString()));
    sources.add(JavaFileObjects.forSourceString("big.Codecs", codecs.toString()));
    sources.add(JavaFileObjects.forSourceString("big.BigImage", "package big;\npublic interface BigImage {}\n"));
    try (Stream<Path> image = Files.walk(Path.of("../image/src/main/java"))) {
      for (Path p : image.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        sources.add(JavaFileObjects.forResource(p.toUri().toURL()));
      }
    }
    // with the processor, for ckptgen-image's framing codecs (as ReachTest compiles it)
    Compilation c = com.google.testing.compile.Compiler.javac()
        .withProcessors(new org.ckptgen.processor.CkptProcessor()).compile(sources);
    assertThat(c).succeeded();
  }
}
