package org.ckptgen.example;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** gcc and the programs it builds, with the paths the POM hands the tests. */
final class CTool {
  static final Path INCLUDE = Path.of(System.getProperty("ckptgen.include", "target/include"));
  static final Path MAIN_C = Path.of(System.getProperty("ckptgen.csrc", "src/main/c"));
  static final Path TEST_C = Path.of(System.getProperty("ckptgen.testc", "src/test/c"));
  static final List<String> STRICT = List.of("-std=c11", "-Wall", "-Wextra", "-Wpadded", "-pedantic", "-Werror");

  private CTool() {}

  record Result(int exit, String out, String err) {}

  static Path work() throws IOException {
    return Files.createDirectories(Path.of(System.getProperty("ckptgen.work", "target/test-c")));
  }

  static Result run(List<String> command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).start();
    byte[] out = p.getInputStream().readAllBytes();
    byte[] err = p.getErrorStream().readAllBytes();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IOException("timed out: " + command);
    }
    return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
  }

  /**
   * Builds {@code source} against the generated header with the strict flags and {@code extra},
   * into {@code output}; fails with gcc's messages if it does not compile.
   */
  static Path build(Path source, Path output, String... extra) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("gcc"));
    command.addAll(STRICT);
    command.addAll(List.of(extra));
    command.addAll(List.of("-I" + INCLUDE, "-o", output.toString(), source.toString()));
    Result r = run(command);
    if (r.exit() != 0) {
      throw new AssertionError("gcc failed: " + command + "\n" + r.err());
    }
    return output;
  }
}
