package org.ckptgen.processor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs gcc and the programs it builds, for tests that let the C compiler judge the layout. Shared
 * with the example's tests through this module's test jar.
 *
 * <p>32-bit programs run natively where the kernel runs them; kernels built without IA-32
 * emulation refuse them, and there they run under {@code qemu-i386} (Debian's {@code qemu-user},
 * which {@code .ci/run} installs when needed). Either way the 32-bit build is what runs.
 */
public final class Gcc {
  public static final List<String> STRICT =
      List.of("-std=c11", "-Wall", "-Wextra", "-Wpadded", "-pedantic", "-Werror");
  private static final long TIMEOUT_SECONDS = 120;

  private Gcc() {}

  /** The result of a command: exit code and everything it printed. */
  public record Result(int exit, String out, String err) {
    public boolean ok() {
      return exit == 0;
    }
  }

  /** Runs {@code command} in this directory; a 32-bit program goes through the 32-bit launcher. */
  public static Result run(List<String> command) throws IOException, InterruptedException {
    return run(command, null);
  }

  /** Runs {@code command} in {@code dir}; a 32-bit program goes through the 32-bit launcher. */
  public static Result run(List<String> command, Path dir) throws IOException, InterruptedException {
    List<String> full = new ArrayList<>();
    if (isElf32(Path.of(command.get(0)))) {
      full.addAll(Launcher32.PREFIX);
    }
    full.addAll(command);
    return exec(full, dir);
  }

  /** gcc with the strict flags, {@code -m32} or {@code -m64}, then the rest of the arguments. */
  public static Result compile(Path dir, String bits, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("gcc", "-m" + bits));
    command.addAll(STRICT);
    command.addAll(List.of(args));
    return exec(command, dir);
  }

  private static Result exec(List<String> command, Path dir) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command);
    if (dir != null) {
      builder.directory(dir.toFile());
    }
    Process p = builder.start();
    // stderr drains on its own thread, so that a program filling one pipe cannot stall on it
    CompletableFuture<byte[]> err = new CompletableFuture<>();
    Thread drain = new Thread(() -> {
      try {
        err.complete(p.getErrorStream().readAllBytes());
      } catch (IOException e) {
        err.completeExceptionally(e);
      }
    });
    drain.start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IOException("timed out: " + command);
    }
    drain.join();
    return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8),
        new String(err.join(), StandardCharsets.UTF_8));
  }

  /** Whether {@code file} is an ELF file of class ELFCLASS32. */
  private static boolean isElf32(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return false;  // a command on the PATH, such as gcc or script
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] ident = in.readNBytes(5);
      return Arrays.equals(ident, new byte[] {0x7f, 'E', 'L', 'F', 1});
    }
  }

  /**
   * What goes before a 32-bit program: nothing where the kernel runs one (a probe built with
   * {@code -m32} exits with 42), else {@code qemu-i386}. Decided once, when first needed.
   */
  private static final class Launcher32 {
    static final List<String> PREFIX = decide();

    private static List<String> decide() {
      Path dir = null;
      try {
        dir = Files.createTempDirectory("ckptgen-m32-probe");
        Files.writeString(dir.resolve("probe.c"), "int main(void) { return 42; }\n");
        Result built = exec(List.of("gcc", "-m32", "-o", "probe", "probe.c"), dir);
        if (!built.ok()) {
          throw new AssertionError("gcc -m32 cannot build a program (install gcc-multilib):\n" + built.err());
        }
        // A kernel without IA-32 emulation makes exec fail with ENOEXEC, and the JDK then hands
        // the file to /bin/sh: any exit but 42 means it did not run as a program.
        if (exec(List.of(dir.resolve("probe").toString()), dir).exit() == 42) {
          return List.of();
        }
        if (exec(List.of("qemu-i386", dir.resolve("probe").toString()), dir).exit() == 42) {
          return List.of("qemu-i386");
        }
        throw new AssertionError("this kernel does not run 32-bit programs, and qemu-i386 does not either");
      } catch (IOException e) {
        throw new AssertionError("this kernel does not run 32-bit programs, and qemu-i386 is missing"
            + " (apt-get install qemu-user): " + e.getMessage(), e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      } finally {
        deleteQuietly(dir);
      }
    }

    private static void deleteQuietly(Path dir) {
      if (dir == null) {
        return;
      }
      for (String name : List.of("probe", "probe.c", "")) {
        try {
          Files.deleteIfExists(dir.resolve(name));
        } catch (IOException e) {
          // a leftover in the temporary directory is harmless
        }
      }
    }
  }
}
