package org.ckptgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * Every kind of generated artifact (codecs, enum codes, {@code <Root>Schema}, {@code <Root>Reader},
 * {@code <Root>Dispatch}, the C header and the C reader) for one small fixed struct set, against
 * golden files read and checked by hand: catches output that is correct but strange, which
 * functional tests let through.
 *
 * <p>The struct set is in {@code src/test/resources/golden/input/}; the golden files are beside
 * it in {@code src/test/resources/golden/}. After a deliberate change to the generated code,
 * regenerate them, then read the diff before committing it:
 *
 * <pre>mvn -pl processor -am test -Dtest=GoldenTest -Dsurefire.failIfNoSpecifiedTests=false -Dckptgen.updateGoldens=true</pre>
 *
 * <p>Schema, Reader and Dispatch need ckptgen-image's classes, and the processor cannot depend
 * on ckptgen-image (the processor compiles it); so the set is compiled together with
 * ckptgen-image's sources, as ckptgen-image's own build compiles them. The header then also
 * holds the image's framing records, as every user's header does.
 */
class GoldenTest {
  static final String UPDATE = "ckptgen.updateGoldens";
  static final String REGENERATE = "mvn -pl processor -am test -Dtest=GoldenTest "
      + "-Dsurefire.failIfNoSpecifiedTests=false -D" + UPDATE + "=true";

  /** The goldens in the source tree (Maven runs tests in the module's directory). */
  private static final Path SOURCE_GOLDENS = Path.of("src/test/resources/golden");
  private static final Path IMAGE_SOURCES = Path.of("../image/src/main/java");
  private static final String INCLUDE = CkptProcessor.INCLUDE_PATH;

  @Test
  void everyGeneratedFileIsExactlyItsGoldenFile() throws IOException {
    Compilation c = Sources.compile(inputs());
    assertThat(c).succeededWithoutWarnings();
    Map<String, String> generated = generated(c);
    Map<String, String> goldens = goldens();
    // every kind of artifact is among them, so none can drop out of the comparison unnoticed
    assertTrue(generated.keySet().containsAll(List.of("PairCodec.java", "SpanCodec.java", "OwnerCodec.java",
        "TaskCodec.java", "NoteCodec.java", "PageCodec.java", "ModeCodes.java", "GoldenImageSchema.java",
        "GoldenImageReader.java", "GoldenImageDispatch.java", "golden_ckpt_hdr.h", "golden_ckpt_reader.h")),
        generated.keySet().toString());
    if (Boolean.getBoolean(UPDATE)) {
      update(generated, goldens);
      return;
    }
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, String> g : generated.entrySet()) {
      String golden = goldens.get(g.getKey());
      if (golden == null) {
        problems.add(g.getKey() + " is generated but has no golden file");
      } else if (!golden.equals(g.getValue())) {
        problems.add(firstDifference(g.getKey(), golden, g.getValue()));
      }
    }
    for (String name : goldens.keySet()) {
      if (!generated.containsKey(name)) {
        problems.add(name + " has a golden file but is no longer generated");
      }
    }
    if (!problems.isEmpty()) {
      fail(String.join("\n", problems) + "\nIf the change is deliberate, regenerate the goldens with\n  "
          + REGENERATE + "\nand read the diff before committing it.");
    }
  }

  /** Says which line differs first, with both texts of it. */
  static String firstDifference(String name, String golden, String actual) {
    String[] want = golden.split("\n", -1);
    String[] got = actual.split("\n", -1);
    for (int i = 0; i < Math.max(want.length, got.length); i++) {
      String w = i < want.length ? want[i] : "<end of file>";
      String g = i < got.length ? got[i] : "<end of file>";
      if (!w.equals(g)) {
        String how = w.replace("\r", "").equals(g.replace("\r", "")) ? " (in its line ending)" : "";
        return name + " differs from its golden file first at line " + (i + 1) + how + ":\n  golden:    " + w
            + "\n  generated: " + g;
      }
    }
    return name + " differs from its golden file"; // not reached: equal lines make equal texts
  }

  private static JavaFileObject[] inputs() throws IOException {
    List<JavaFileObject> all = new ArrayList<>();
    try (Stream<Path> set = Files.list(resource("golden/input"))) {
      for (Path p : set.sorted().collect(Collectors.toList())) {
        all.add(JavaFileObjects.forResource(p.toUri().toURL()));
      }
    }
    try (Stream<Path> image = Files.walk(IMAGE_SOURCES)) {
      for (Path p : image.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList())) {
        all.add(JavaFileObjects.forResource(p.toUri().toURL()));
      }
    }
    return all.toArray(new JavaFileObject[0]);
  }

  /** The set's generated sources and the image's C files, by golden file name. */
  private static Map<String, String> generated(Compilation c) throws IOException {
    Map<String, String> files = new TreeMap<>();
    for (JavaFileObject f : c.generatedSourceFiles()) {
      String path = f.toUri().getPath();
      if (path.contains("/test/")) { // the set's package; ckptgen-image's own codecs are not goldens
        files.put(path.substring(path.lastIndexOf('/') + 1), f.getCharContent(true).toString());
      }
    }
    for (String name : List.of("golden_ckpt_hdr.h", "golden_ckpt_reader.h")) {
      JavaFileObject h = c.generatedFile(StandardLocation.CLASS_OUTPUT, INCLUDE + name)
          .orElseThrow(() -> new AssertionError(name + " was not generated"));
      files.put(name, h.getCharContent(true).toString());
    }
    return files;
  }

  private static Map<String, String> goldens() throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> all = Files.list(resource("golden"))) {
      for (Path p : all.filter(p -> Files.isRegularFile(p) && !p.getFileName().toString().startsWith("."))
          .collect(Collectors.toList())) {
        files.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return files;
  }

  /** Writes every generated file over its golden in the source tree, and removes stale goldens. */
  private static void update(Map<String, String> generated, Map<String, String> goldens) throws IOException {
    if (!Files.isDirectory(SOURCE_GOLDENS)) {
      fail("run the update from the processor module's directory (as Maven does): no " + SOURCE_GOLDENS.toAbsolutePath());
    }
    for (Map.Entry<String, String> g : generated.entrySet()) {
      if (!g.getValue().equals(goldens.get(g.getKey()))) {
        Files.writeString(SOURCE_GOLDENS.resolve(g.getKey()), g.getValue(), StandardCharsets.UTF_8);
        System.out.println("GoldenTest: wrote " + SOURCE_GOLDENS.resolve(g.getKey()));
      }
    }
    for (String name : goldens.keySet()) {
      if (!generated.containsKey(name)) {
        Files.delete(SOURCE_GOLDENS.resolve(name));
        System.out.println("GoldenTest: removed " + SOURCE_GOLDENS.resolve(name));
      }
    }
  }

  private static Path resource(String name) {
    try {
      return Path.of(GoldenTest.class.getResource("/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new UncheckedIOException(new IOException(e));
    }
  }
}
