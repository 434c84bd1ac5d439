package org.ckptgen.processor;

import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import org.ckptgen.processor.diag.Message;
import org.ckptgen.processor.diag.Reporter;

/**
 * Writes files outside javac's own outputs ({@code -Ackptgen.cOutputDir}) only when the whole
 * compilation succeeded, whoever reported its errors: javac reports an error in a method body
 * after every processing round is over, too late for the processor to hold back what it wrote.
 * So these files are kept until javac says it is done, and written only if javac then had
 * generated every class the processor generated (with an error anywhere, javac generates no
 * class after it), or, with {@code -proc:only}, analysed nothing at all.
 *
 * <p>Under a compiler that is not javac there is no such signal, and the files are written when
 * processing is over, as before.
 */
abstract class CompilationEnd {
  /** Notes a generated type whose class file javac must write for the compilation to count. */
  abstract void generated(String qualifiedName);

  /** Writes {@code bytes} to {@code path} now or when the compilation has succeeded. */
  abstract void write(Path path, byte[] bytes, Element origin);

  static CompilationEnd of(ProcessingEnvironment env, Reporter reporter) {
    try {
      JavacTask task = JavacTask.instance(env);
      AfterJavac end = new AfterJavac(reporter);
      task.addTaskListener(end);
      return end;
    } catch (IllegalArgumentException | IllegalStateException | LinkageError notJavac) {
      return new Now(reporter);
    }
  }

  static void writeFile(Path path, byte[] bytes, Element origin, Reporter reporter) {
    try {
      Files.createDirectories(path.toAbsolutePath().getParent());
      Files.write(path, bytes);
    } catch (IOException e) {
      reporter.error(origin, Message.OUTPUT_FAILED, path, e);
    }
  }

  private static final class Now extends CompilationEnd {
    private final Reporter reporter;

    Now(Reporter reporter) {
      this.reporter = reporter;
    }

    @Override
    void generated(String qualifiedName) {}

    @Override
    void write(Path path, byte[] bytes, Element origin) {
      writeFile(path, bytes, origin, reporter);
    }
  }

  private static final class AfterJavac extends CompilationEnd implements TaskListener {
    private final Reporter reporter;
    private final Set<String> notGenerated = new HashSet<>();
    private final Map<Path, byte[]> files = new LinkedHashMap<>();
    private final Map<Path, Element> origins = new LinkedHashMap<>();
    private boolean analysed;

    AfterJavac(Reporter reporter) {
      this.reporter = reporter;
    }

    @Override
    void generated(String qualifiedName) {
      notGenerated.add(qualifiedName);
    }

    @Override
    void write(Path path, byte[] bytes, Element origin) {
      // a directory that cannot be made is reported now: after javac is done, a message loses
      // its element's file and line
      Path existing = path.toAbsolutePath().getParent();
      while (existing != null && !Files.exists(existing)) {
        existing = existing.getParent();
      }
      if (existing != null && !(Files.isDirectory(existing) && Files.isWritable(existing))) {
        reporter.error(origin, Message.OUTPUT_FAILED, path, existing + " is not a writable directory");
        return;
      }
      files.put(path, bytes);
      origins.put(path, origin);
    }

    @Override
    public void finished(TaskEvent e) {
      switch (e.getKind()) {
        case ANALYZE:
          analysed = true;
          break;
        case GENERATE:
          if (e.getTypeElement() != null) {
            notGenerated.remove(e.getTypeElement().getQualifiedName().toString());
          }
          break;
        case COMPILATION:
          if (!reporter.hasErrors() && (!analysed || notGenerated.isEmpty())) {
            files.forEach((path, bytes) -> writeFile(path, bytes, origins.get(path), reporter));
          }
          files.clear();
          break;
        default:
          break;
      }
    }
  }
}
