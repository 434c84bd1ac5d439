package org.ckptgen.processor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs gcc and the programs it builds, for tests that let the C compiler judge the layout. */
final class Gcc {
  static final List<String> STRICT = List.of("-std=c11", "-Wall", "-Wextra", "-Wpadded", "-pedantic", "-Werror");

  private Gcc() {}

  /** The result of a command: exit code and everything it printed. */
  record Result(int exit, String out, String err) {
    boolean ok() {
      return exit == 0;
    }
  }

  static Result run(List<String> command, Path dir) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).directory(dir.toFile()).start();
    byte[] out = p.getInputStream().readAllBytes();
    byte[] err = p.getErrorStream().readAllBytes();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IOException("timed out: " + command);
    }
    return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
  }

  /** gcc with the strict flags, {@code -m32} or {@code -m64}, then the rest of the arguments. */
  static Result compile(Path dir, String bits, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("gcc", "-m" + bits));
    command.addAll(STRICT);
    command.addAll(List.of(args));
    return run(command, dir);
  }
}
