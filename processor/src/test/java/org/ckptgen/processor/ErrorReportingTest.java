package org.ckptgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.ckptgen.processor.Sources.compile;
import static org.ckptgen.processor.Sources.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One compile shows every error of every struct, generates nothing after one, and never crashes. */
class ErrorReportingTest {

  /** Compiles {@code files} into real directories and returns everything written there. */
  private static List<Path> writtenBy(Path dir, JavaFileObject... files) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    Path out = Files.createDirectories(dir.resolve("out"));
    try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, null)) {
      JavaCompiler.CompilationTask task = javac.getTask(null, fm, d -> { }, List.of(
          "-d", out.toString(), "-s", out.toString(), "-Ackptgen.cOutputDir=" + out.resolve("include"),
          "-cp", System.getProperty("java.class.path")), null, List.of(files));
      task.setProcessors(List.of(new CkptProcessor()));
      assertFalse(task.call(), "the compile must fail");
    }
    try (Stream<Path> walk = Files.walk(out)) {
      return walk.filter(Files::isRegularFile).collect(Collectors.toList());
    }
  }

  @Test
  void everyErrorOfEveryStructInOneCompileAndNothingGenerated(@TempDir Path dir) throws IOException {
    JavaFileObject a = source("A", "@CkptStruct(type = 0x100) record A(\n  double d,\n  @U32 int[] unbounded) {}");
    JavaFileObject b = source("B", "@CkptStruct(type = 0x10)\nrecord B(\n  int register) {}");
    JavaFileObject good = source("Good", "@CkptStruct(type = 0x101) record Good(int fine) {}");
    JavaFileObject root = source("Root", "@CheckpointImage(name = \"all\") interface Root {}");
    Compilation c = compile(a, b, good, root);
    assertThat(c).failed();
    List<String> errors = c.errors().stream().map(d -> d.getMessage(null)).collect(Collectors.toList());
    assertEquals(4, errors.size(), "one error each: " + errors);
    assertThat(c).hadErrorContaining("[ckptgen/UnsupportedFieldType]").inFile(a).onLineContaining("double d");
    assertThat(c).hadErrorContaining("[ckptgen/ArrayWithoutBound]").inFile(a).onLineContaining("unbounded");
    assertThat(c).hadErrorContaining("[ckptgen/ReservedTypeId]").inFile(b).onLineContaining("0x10");
    assertThat(c).hadErrorContaining("[ckptgen/CKeyword]").inFile(b).onLineContaining("int register");
    assertEquals(List.of(), writtenBy(dir, a, b, good, root), "no codec, not even for the good struct, and no header");
  }

  @Test
  void anUnknownTypeIsReportedWithoutAStackTrace(@TempDir Path dir) throws IOException {
    JavaFileObject file = source("Bad", "@CkptStruct(type = 0x100) record Bad(\n  Missing m) {}\n"
        + "@CheckpointImage(name = \"x\") interface Root {}");
    Compilation c = compile(file);
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("Missing").inFile(file).onLineContaining("Missing m");
    for (Diagnostic<? extends JavaFileObject> d : c.diagnostics()) {
      String text = d.getMessage(null);
      assertFalse(text.contains("Exception") || text.contains("\tat "), "no stack trace: " + text);
    }
    assertEquals(List.of(), writtenBy(dir, file), "nothing generated");
  }

  /**
   * An annotation javac cannot resolve (here a missing import) must not be read as absent: an
   * {@code @U8} taken for nothing makes the member signed. The struct waits for the type, and
   * when javac fails nothing is written, codecs and schema of the good structs included.
   */
  @Test
  void anUnresolvedAnnotationWritesNothing(@TempDir Path dir) throws IOException {
    for (String member : List.of("@U8 byte a", "@U16 short b", "@VarArray(max = 4) @U32 int[] ids",
        "@ObjRef(Missing.class) int ref", "@FixedArray(length = MISSING) int[] fixed", "@CName(\"x\") int y")) {
      JavaFileObject bad = JavaFileObjects.forSourceString("test.Bad", "package test;\n"
          + "import org.ckptgen.annotations.CkptStruct;\n"
          + "@CkptStruct(type = 0x100) record Bad(int first, " + member + ") {}");
      JavaFileObject good = source("Good", "@CkptStruct(type = 0x101) record Good(@U8 byte fine) {}");
      JavaFileObject root = source("Root", "@CheckpointImage(name = \"all\") interface Root {}");
      Path out = Files.createDirectories(dir.resolve("case" + member.hashCode()));
      assertEquals(List.of(), writtenBy(out, bad, good, root), member + ": nothing written");
      Compilation c = compile(bad, good, root);
      assertThat(c).failed();
      assertTrue(c.errors().stream().noneMatch(d -> d.getMessage(null).contains("InternalError")), member + ": "
          + c.errors());
    }
  }

  /** javac reports an error in a method body after processing: the C header is still not written. */
  @Test
  void anErrorJavacFindsLaterKeepsTheCOutputDirEmpty(@TempDir Path dir) throws IOException {
    JavaFileObject good = source("Good", "@CkptStruct(type = 0x101) record Good(@U8 byte fine) {}");
    JavaFileObject root = source("Root", "@CheckpointImage(name = \"all\") interface Root {}");
    JavaFileObject broken = source("Broken", "class Broken { int f() { return \"not an int\"; } }");
    List<Path> written = writtenBy(dir, good, root, broken);
    // javac's own outputs are javac's business (it may have written a class before the error)
    assertTrue(written.stream().noneMatch(p -> p.startsWith(dir.resolve("out/include"))), written.toString());
  }

  /** The same build without the error writes the header into cOutputDir at the end. */
  @Test
  void aGoodBuildWritesTheCOutputDir(@TempDir Path dir) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    Path out = Files.createDirectories(dir.resolve("out"));
    try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, null)) {
      JavaCompiler.CompilationTask task = javac.getTask(null, fm, d -> { }, List.of(
          "-d", out.toString(), "-s", out.toString(), "-Ackptgen.cOutputDir=" + out.resolve("include"),
          "-cp", System.getProperty("java.class.path")), null, List.of(
              source("Good", "@CkptStruct(type = 0x101) record Good(@U8 byte fine) {}"),
              source("Root", "@CheckpointImage(name = \"all\", structs = Good.class) interface Root {}")));
      task.setProcessors(List.of(new CkptProcessor()));
      assertTrue(task.call());
    }
    assertTrue(Files.readString(out.resolve("include/all_ckpt_hdr.h")).contains("__u8 fine;"));
  }

  @Test
  void structsWithoutAnImageRootGetCodecsAndANote() {
    Compilation c = compile(source("Lone", "@CkptStruct(type = 0x100) record Lone(int a) {}"));
    assertThat(c).succeeded();
    assertThat(c).generatedSourceFile("test.LoneCodec");
    assertThat(c).hadNoteContaining("[ckptgen/NoImageRoot] this build has checkpoint structs but no @CheckpointImage,"
        + " so no C header was written; annotate one type with @CheckpointImage(name = \"...\")");
  }
}
