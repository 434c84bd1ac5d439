package org.ckptgen.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import javax.tools.JavaFileObject;

/** Test sources, and compiling them with the processor. */
final class Sources {
  static final String IMPORTS = "import org.ckptgen.annotations.*;\n";

  private Sources() {}

  /** A source file {@code test/<name>.java} holding {@code body} after the package and imports. */
  static JavaFileObject source(String name, String body) {
    return JavaFileObjects.forSourceString("test." + name, "package test;\n" + IMPORTS + body);
  }

  static Compilation compile(JavaFileObject... files) {
    return javac().withProcessors(new CkptProcessor()).compile(files);
  }

  static Compilation compile(List<String> options, JavaFileObject... files) {
    return javac().withProcessors(new CkptProcessor()).withOptions(options).compile(files);
  }
}
