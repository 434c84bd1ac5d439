package org.ckptgen.example.versions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.ckptgen.image.ImageChecker;
import org.ckptgen.image.ImageReader;
import org.ckptgen.image.TrustedSchema;
import org.ckptgen.image.hook.Caller;
import org.ckptgen.processor.Gcc;
import org.ckptgen.runtime.CkptFormatException;
import org.ckptgen.runtime.RecordCodec;

/**
 * One build of an image kind, compiled here with the processor from sources given as text (one
 * package, one {@code @CheckpointImage} root): its classes, its C reader and ckptinfo built on it,
 * and the verdict each of its readers gives on an image, so that two builds of one image kind
 * (an older and a newer release, or a build and a changed copy) can be held against each other.
 */
final class Build implements AutoCloseable {
  private static final Path CKPTINFO_DIR = Path.of(System.getProperty("ckptgen.csrc", "src/main/c"));

  final String pkg;
  final String root;
  final String image;
  final Path dir;
  final URLClassLoader loader;
  private Path ckptinfo;

  private Build(String pkg, String root, String image, Path dir, URLClassLoader loader) {
    this.pkg = pkg;
    this.root = root;
    this.image = image;
    this.dir = dir;
    this.loader = loader;
  }

  /** Compiles {@code sources} (simple class name to its text after the package line) into {@code dir}. */
  static Build compile(Path dir, String pkg, String root, String image, Map<String, String> sources) throws Exception {
    Path src = Files.createDirectories(dir.resolve("src"));
    Path classes = Files.createDirectories(dir.resolve("classes"));
    List<Path> files = new ArrayList<>();
    for (Map.Entry<String, String> e : sources.entrySet()) {
      Path file = src.resolve(e.getKey() + ".java");
      Files.writeString(file, "package " + pkg + ";\n\n" + e.getValue(), StandardCharsets.UTF_8);
      files.add(file);
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<String> options = List.of("-d", classes.toString(), "-s", Files.createDirectories(dir.resolve("generated")).toString(),
        "-Ackptgen.cOutputDir=" + dir.resolve("include"), "-cp", System.getProperty("java.class.path"), "-encoding",
        "UTF-8");
    try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      JavaCompiler.CompilationTask task = javac.getTask(null, fm, diagnostics, options, null,
          fm.getJavaFileObjectsFromPaths(files));
      // by name: a reference to the class would make javac look for its @AutoService
      task.setProcessors(List.of((Processor) Class.forName("org.ckptgen.processor.CkptProcessor")
          .getDeclaredConstructor().newInstance()));
      boolean ok = task.call();
      String errors = diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
          .map(d -> d.getMessage(null)).collect(Collectors.joining("\n"));
      assertTrue(ok, "javac of " + dir + " failed:\n" + errors);
    }
    return new Build(pkg, root, image, dir, new URLClassLoader(new URL[] {classes.toUri().toURL()},
        Build.class.getClassLoader()));
  }

  Class<?> type(String simple) throws ClassNotFoundException {
    return loader.loadClass(pkg + "." + simple);
  }

  /** The build's own schema, as its restore and typed reader use it. */
  TrustedSchema trusted() throws Exception {
    return (TrustedSchema) type(root + "Schema").getMethod("trusted").invoke(null);
  }

  /** The dispatch, each subsystem made by its public no-argument constructor. */
  Object dispatch() throws Exception {
    Object builder = type(root + "Dispatch").getMethod("builder").invoke(null);
    for (Method m : builder.getClass().getMethods()) {
      if (m.getParameterCount() == 1 && m.getParameterTypes()[0].getPackageName().equals(pkg)) {
        m.invoke(builder, m.getParameterTypes()[0].getConstructor().newInstance());
      }
    }
    return builder.getClass().getMethod("build").invoke(builder);
  }

  void checkpoint(Path file) throws Exception {
    Object d = dispatch();
    d.getClass().getMethod("checkpoint", Path.class).invoke(d, file);
  }

  /** Restores {@code file} through the dispatch: "restored", or the message of the exception it threw. */
  String restore(Path file) throws Exception {
    Object d = dispatch();
    try {
      d.getClass().getMethod("restore", Path.class, Caller.class, Set.class).invoke(d, file, Caller.privileged(), Set.of());
      return "restored";
    } catch (InvocationTargetException e) {
      return e.getCause().getMessage();
    }
  }

  /**
   * The one verdict of the build's readers on {@code file}: restore's whole-image check, the
   * generic reader given the build's tables and given its schema file, and its C reader
   * (ckptinfo, 64-bit): "valid", or the reason with its offset. Asserts that they agree.
   */
  String verdict(Path file) throws Exception {
    TrustedSchema schema = trusted();
    Method codec = type(root + "Schema").getMethod("codec", int.class);
    String restore = verdict(file, new ImageChecker.Expectation(schema, t -> {
      try {
        return (RecordCodec<?>) codec.invoke(null, t);
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    }));
    assertEquals(restore, verdict(file, ImageChecker.Expectation.generic(schema)), "the generic reader with the build's tables");
    Path schemaFile = dir.resolve("classes/META-INF/ckptgen/" + image + ".ckptschema");
    assertEquals(restore, verdict(file, ImageChecker.Expectation.generic(TrustedSchema.read(schemaFile)))
        .replace("(" + schemaFile + ", fingerprint", "(" + root + "Schema, fingerprint"), "the generic reader with the schema file");
    assertEquals(restore, c(file), "the C reader of " + dir);
    return restore;
  }

  private static String verdict(Path file, ImageChecker.Expectation e) throws Exception {
    try (ImageReader r = ImageReader.open(file)) {
      ImageChecker.check(r, e);
      return "valid";
    } catch (CkptFormatException ex) {
      return ex.getMessage();
    }
  }

  /** ckptinfo built on this build's C reader: "valid", or its one line of error. */
  String c(Path file) throws Exception {
    if (ckptinfo == null) {
      Gcc.Result built = Gcc.compile(dir, "64", "-DCKPT_IMAGE=" + image, "-I" + dir.resolve("include"),
          "-I" + CKPTINFO_DIR.toAbsolutePath(), "-o", "ckptinfo", CKPTINFO_DIR.toAbsolutePath().resolve("ckptinfo.c").toString());
      assertTrue(built.ok(), "gcc of ckptinfo on " + dir + ":\n" + built.err());
      ckptinfo = dir.resolve("ckptinfo");
    }
    Gcc.Result r = Gcc.run(List.of(ckptinfo.toString(), file.toString()));
    if (r.exit() == 0) {
      return "valid";
    }
    String prefix = "ckptinfo: " + file + ": ";
    assertTrue(r.err().startsWith(prefix) && r.err().lines().count() == 1, r.err());
    return r.err().substring(prefix.length()).trim();
  }

  @Override
  public void close() throws java.io.IOException {
    loader.close();
  }
}
