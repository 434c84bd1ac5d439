package org.ckptgen.bench.processor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.ckptgen.bench.TempDirs;
import org.ckptgen.processor.CkptProcessor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the processor adds to javac as a build grows: the same sources compiled in process through
 * {@code javax.tools}, once with annotation processing off and once with ckptgen's processor
 * (which also makes javac compile the codecs, schema and dispatch it generates, and writes the C
 * headers). A third compile takes the sources together with what the processor generated for
 * them, processing off: what the generated code costs javac, so that the rest is the
 * processor's own work. One compile per measurement; javac warms up over the first few.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3)
@Measurement(iterations = 4)
@State(Scope.Benchmark)
public class ProcessorBenchmark {
  @Param({"100", "1000", "3000"})
  public int structs;

  private List<JavaFileObject> sources;
  private List<JavaFileObject> sourcesAndGenerated;
  private Path out;

  @Setup(Level.Trial)
  public void sources() throws IOException {
    sources = GeneratedStructs.sources(structs);
    // run the processor once, keeping the Java it generates
    out = TempDirs.create("ckptgen-javac");
    Path generated = TempDirs.create("ckptgen-generated");
    try {
      compile(sources, List.of("-processor", CkptProcessor.class.getName(),
          "-processorpath", System.getProperty("java.class.path"), "-s", generated.toString(),
          "-Ackptgen.cOutputDir=" + out.resolve("include")));
      sourcesAndGenerated = new ArrayList<>(sources);
      try (var files = Files.walk(generated)) {
        for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
          sourcesAndGenerated.add(GeneratedStructs.source(generated.relativize(p).toString().replace(".java", ""),
              Files.readString(p)));
        }
      }
    } finally {
      TempDirs.delete(generated);
      TempDirs.delete(out);
    }
  }

  @Setup(Level.Invocation)
  public void cleanOutput() throws IOException {
    out = TempDirs.create("ckptgen-javac");
  }

  @TearDown(Level.Invocation)
  public void removeOutput() throws IOException {
    TempDirs.delete(out);
  }

  @Benchmark
  public int javac() throws IOException {
    return compile(sources, List.of("-proc:none"));
  }

  @Benchmark
  public int javacOfSourcesAndGenerated() throws IOException {
    return compile(sourcesAndGenerated, List.of("-proc:none"));
  }

  @Benchmark
  public int javacWithCkptgen() throws IOException {
    return compile(sources, List.of("-processor", CkptProcessor.class.getName(),
        "-processorpath", System.getProperty("java.class.path"), "-Ackptgen.cOutputDir=" + out.resolve("include")));
  }

  /** Compiles {@code files} into {@code out}; returns the number of class files javac wrote. */
  private int compile(List<JavaFileObject> files, List<String> processing) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<String> options = new ArrayList<>(List.of("-d", out.toString(),
        "-classpath", System.getProperty("java.class.path"), "-implicit:none"));
    options.addAll(processing);
    try (StandardJavaFileManager manager = javac.getStandardFileManager(diagnostics, null, null)) {
      if (!javac.getTask(null, manager, diagnostics, options, null, files).call()) {
        throw new IllegalStateException("javac failed: " + diagnostics.getDiagnostics());
      }
    }
    try (var written = Files.walk(out)) {
      return (int) written.filter(p -> p.toString().endsWith(".class")).count();
    }
  }
}
