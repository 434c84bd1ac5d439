package org.ckptgen.example;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ckptgen.processor.Gcc;

/** gcc and the programs it builds, with the paths the POM hands the tests; runs through {@link Gcc}. */
final class CTool {
  static final Path INCLUDE = Path.of(System.getProperty("ckptgen.include", "target/include"));
  static final Path MAIN_C = Path.of(System.getProperty("ckptgen.csrc", "src/main/c"));
  static final Path TEST_C = Path.of(System.getProperty("ckptgen.testc", "src/test/c"));

  private CTool() {}

  static Path work() throws IOException {
    return Files.createDirectories(Path.of(System.getProperty("ckptgen.work", "target/test-c")));
  }

  /** Runs a command, or a program gcc built: a 32-bit one natively or under qemu-i386. */
  static Gcc.Result run(List<String> command) throws IOException, InterruptedException {
    return Gcc.run(command);
  }

  /**
   * Builds {@code source} against the generated header with the strict flags and {@code extra},
   * into {@code output}; fails with gcc's messages if it does not compile.
   */
  static Path build(Path source, Path output, String... extra) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("gcc"));
    command.addAll(Gcc.STRICT);
    command.addAll(List.of(extra));
    command.addAll(List.of("-I" + INCLUDE, "-o", output.toString(), source.toString()));
    Gcc.Result r = run(command);
    if (!r.ok()) {
      throw new AssertionError("gcc failed: " + command + "\n" + r.err());
    }
    return output;
  }
}
