package org.ckptgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The code generated for every field kind: lint-clean on its own, and right at run time. */
class KitchenSinkTest {
  /** Every field kind, one top-level type per file as javac's auxiliaryclass lint wants. */
  static final JavaFileObject[] SINK = java.util.stream.Stream.of(
          "SinkImage", "Small", "Mid", "Wide", "Point", "Shared", "Sink", "Text", "Blob", "Points", "Outer", "View", "Evolving", "OldShape", "Cased", "RoundTrip")
      .map(name -> JavaFileObjects.forResource("sink/" + name + ".java"))
      .toArray(JavaFileObject[]::new);

  @Test
  void generatedCodeCompilesOnItsOwnUnderEveryLint() {
    Compilation withProcessor = Sources.compile(SINK);
    assertThat(withProcessor).succeededWithoutWarnings();
    List<JavaFileObject> all = new ArrayList<>(withProcessor.generatedSourceFiles());
    assertTrue(all.size() >= 9, "a codec per struct and codes per enum: " + all);
    all.addAll(List.of(SINK));
    Compilation alone = javac().withOptions("-proc:none", "-Xlint:all", "-Werror").compile(all);
    assertThat(alone).succeededWithoutWarnings();
  }

  @Test
  void generatedCodeIsMarkedAndUsesNoReflection() throws IOException {
    Compilation c = Sources.compile(SINK);
    for (JavaFileObject file : c.generatedSourceFiles()) {
      String text = file.getCharContent(true).toString();
      assertTrue(text.contains("@Generated(\"org.ckptgen.processor.CkptProcessor\")"), file.getName());
      assertFalse(text.contains("date ="), file.getName());
      assertFalse(text.contains("java.lang.reflect") || text.contains("getDeclared") || text.contains("forName"),
          file.getName());
      assertTrue(text.contains("public final class"), file.getName());
    }
  }

  @Test
  void everyKindRoundTripsAtRunTime() throws Exception {
    Compilation c = Sources.compile(SINK);
    assertThat(c).succeeded();
    ClassLoader loader = new CompiledClassLoader(c);
    Object problems = loader.loadClass("test.RoundTrip").getMethod("run").invoke(null);
    assertEquals("", problems, "RoundTrip found differences");
  }

  /** Loads the classes a compilation wrote, so the generated codecs can run. */
  static final class CompiledClassLoader extends ClassLoader {
    private final Map<String, JavaFileObject> classes = new HashMap<>();

    CompiledClassLoader(Compilation c) {
      super(KitchenSinkTest.class.getClassLoader());
      for (JavaFileObject f : c.generatedFiles()) {
        if (f.getKind() == JavaFileObject.Kind.CLASS) {
          String path = f.toUri().getPath();
          String name = path.substring(path.indexOf("/test/") + 1, path.length() - ".class".length());
          classes.put(name.replace('/', '.'), f);
        }
      }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      JavaFileObject f = classes.get(name);
      if (f == null) {
        throw new ClassNotFoundException(name);
      }
      try (InputStream in = f.openInputStream()) {
        byte[] bytes = in.readAllBytes();
        return defineClass(name, bytes, 0, bytes.length);
      } catch (IOException e) {
        throw new ClassNotFoundException(name, e);
      }
    }
  }
}
