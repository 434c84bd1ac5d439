package org.ckptgen.processor;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;
import org.ckptgen.processor.diag.Message;
import org.ckptgen.processor.diag.Reporter;

/**
 * Stage 4, output: the one place that writes files. Sources and resources go through the Filer
 * with the elements they were made from (which Gradle's aggregating incremental processing relies
 * on); copies for {@code -Ackptgen.cOutputDir} go through {@link CompilationEnd}, which writes them
 * only once javac has succeeded. A failed write is an error on the element the file came from.
 */
final class Output {
  private final ProcessingEnvironment env;
  private final Reporter reporter;
  private final CompilationEnd compilationEnd;

  Output(ProcessingEnvironment env, Reporter reporter) {
    this.env = env;
    this.reporter = reporter;
    this.compilationEnd = CompilationEnd.of(env, reporter);
  }

  void java(JavaFile file, Element origin) {
    try {
      compilationEnd.generated(file.packageName().isEmpty() ? file.typeSpec().name()
          : file.packageName() + "." + file.typeSpec().name());
      file.writeTo(env.getFiler());
    } catch (IOException e) {
      reporter.error(origin, Message.OUTPUT_FAILED, file.packageName() + "." + file.typeSpec().name(), e.getMessage());
    }
  }

  /**
   * Writes {@code bytes} to {@code path}, outside javac's outputs, once the compilation has
   * succeeded (the compatibility gate's lock, on an update).
   */
  void file(Path path, byte[] bytes, Element origin) {
    compilationEnd.write(path, bytes, origin);
  }

  /** Writes {@code bytes} as {@code path + fileName} into the class output (so the jar), and into cOutputDir. */
  void resource(String path, String fileName, byte[] bytes, Element origin, List<Element> sources) {
    try {
      FileObject file = env.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "",
          path + fileName, sources.toArray(new Element[0]));
      try (OutputStream out = file.openOutputStream()) {
        out.write(bytes);
      }
    } catch (IOException e) {
      reporter.error(origin, Message.OUTPUT_FAILED, path + fileName, e.getMessage());
    }
    String dir = env.getOptions().get(CkptProcessor.C_OUTPUT_DIR);
    if (dir != null) {
      compilationEnd.write(Path.of(dir).resolve(fileName), bytes, origin);
    }
  }
}
