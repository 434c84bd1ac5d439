package org.ckptgen.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The JDK's own javac and java, run as a user runs them, on the jars the reactor built. */
final class Jdk {
  static final Path LIBS = Path.of(System.getProperty("ckptgen.libs", "target/libs"));
  static final Path CONSUMER = Path.of(System.getProperty("ckptgen.consumer", "src/it/standalone"));
  private static final Path BIN = Path.of(System.getProperty("java.home"), "bin");

  private Jdk() {}

  static String lib(String name) {
    return LIBS.resolve("ckptgen-" + name + ".jar").toString();
  }

  static String path(String... names) {
    return Stream.of(names).map(Jdk::lib).collect(Collectors.joining(File.pathSeparator));
  }

  /** Every .java file under {@code dir}. */
  static List<String> sources(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(f -> f.toString().endsWith(".java")).map(Path::toString).sorted().toList();
    }
  }

  /** Runs {@code tool} (javac, java, jar) with {@code args}; returns what it printed, both streams. */
  static Result run(String tool, List<String> args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(BIN.resolve(tool).toString()));
    command.addAll(args);
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IOException("timed out: " + command);
    }
    return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), String.join(" ", command));
  }

  /** Like {@link #run} and fails, with the command and its output, unless the tool exits 0. */
  static String ok(String tool, List<String> args) throws IOException, InterruptedException {
    Result r = run(tool, args);
    assertEquals(0, r.exit(), r.command() + "\n" + r.out());
    return r.out();
  }

  record Result(int exit, String out, String command) {}
}
