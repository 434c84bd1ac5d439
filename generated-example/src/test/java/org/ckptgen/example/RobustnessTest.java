package org.ckptgen.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.ckptgen.cli.Ckpt;
import org.ckptgen.example.model.Model;
import org.ckptgen.example.model.SampleContainer;
import org.ckptgen.example.tools.WriteLoop;
import org.ckptgen.image.ImageReader;
import org.ckptgen.image.hook.Caller;
import org.ckptgen.runtime.CkptFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Files that change under their readers, paths that are not files, and writers killed with
 * SIGKILL at random moments: one clean error or a consistent read, never a crash, a hang or a
 * file left behind.
 */
class RobustnessTest {
  @TempDir
  Path dir;
  private final Random random = new Random(0x7e57_11L);

  private static int ckpt(StringWriter err, String... args) {
    CommandLine cl = Ckpt.commandLine();
    cl.setOut(new PrintWriter(new StringWriter(), true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  private Path fifo() throws Exception {
    Path fifo = dir.resolve("fifo");
    assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor());
    return fifo;
  }

  @Test
  void aFifoWithoutAWriterIsRefusedAtOnceByEveryReader() throws Exception {
    Path fifo = fifo();
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
      IOException e = assertThrows(IOException.class, () -> ImageReader.open(fifo));
      assertTrue(e.getMessage().contains("not a regular file"), e.getMessage());
      assertThrows(IOException.class, () -> Main.dispatch(new Model.Container()).restore(fifo, Caller.privileged(), Set.of()));
      for (String command : List.of("verify", "dump", "info")) {
        StringWriter err = new StringWriter();
        assertEquals(3, ckpt(err, command, fifo.toString()), command + ": " + err);
        assertEquals(1, err.toString().lines().count(), err.toString());
      }
      assertEquals(2, Main.run(new String[] {"restore", fifo.toString()}));
      assertThrows(IOException.class, () -> ImageReader.open(dir), "a directory");
    });
    Process p = new ProcessBuilder(ckptinfo().toString(), fifo.toString()).redirectErrorStream(true).start();
    assertTrue(p.waitFor(20, TimeUnit.SECONDS), "ckptinfo blocked on a FIFO");
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(2, p.exitValue(), out);
    assertTrue(out.contains("not a regular file"), out);
  }

  private static Path ckptinfo;

  private static synchronized Path ckptinfo() throws Exception {
    if (ckptinfo == null) {
      ckptinfo = CTool.build(CTool.MAIN_C.resolve("ckptinfo.c"), CTool.work().resolve("ckptinfo_robust"), "-m64");
    }
    return ckptinfo;
  }

  /** Truncates {@code file} to a random length after a random delay of up to {@code maxMillis}. */
  private Thread truncateSoon(Path file, int maxMillis) {
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    long to = (long) (random.nextDouble() * size);
    int delay = random.nextInt(maxMillis + 1);
    Thread t = new Thread(() -> {
      try {
        Thread.sleep(delay);
        try (FileChannel w = FileChannel.open(file, StandardOpenOption.WRITE)) {
          w.truncate(to);
        }
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
    t.start();
    return t;
  }

  @Test
  void anImageTruncatedWhileJavaReadsItIsOneCleanErrorOrAConsistentRead() throws Exception {
    Path small = dir.resolve("small.ckpt");
    Path big = dir.resolve("big.ckpt");
    Model.Container c = SampleContainer.scaled(2_000);
    for (int round = 0; round < 16; round++) {
      // under 32 MiB: a snapshot in the heap; a restore from it reads what it read, or fails whole
      Main.dispatch(c).checkpoint(small);
      Thread t = truncateSoon(small, 20);
      Forge.Outcome o = Forge.restore(small, Caller.privileged(), Set.of());
      assertTrue(o.ok() || o.failure() instanceof CkptFormatException, o.why());
      t.join();
      Main.dispatch(c).checkpoint(small);
      t = truncateSoon(small, 20);
      StringWriter err = new StringWriter();
      int code = ckpt(err, round % 2 == 0 ? "verify" : "dump", small.toString());
      assertTrue(code == 0 || (code == 1 && err.toString().lines().count() == 1), code + ": " + err);
      t.join();
      // over 32 MiB: copied into a private spool, then mapped; a truncation meets the copy, or nothing
      WriteLoop.pages(big, 48);
      t = truncateSoon(big, 40);
      err = new StringWriter();
      code = ckpt(err, round % 2 == 0 ? "verify" : "dump", big.toString());
      assertTrue(code == 0 || (code == 1 && err.toString().lines().count() == 1), code + ": " + err);
      t.join();
      WriteLoop.pages(big, 48);
      t = truncateSoon(big, 40);
      o = Forge.restore(big, Caller.privileged(), Set.of());
      assertTrue(o.failure() instanceof CkptFormatException, "not a container image, or truncated: " + o.why());
      t.join();
    }
  }

  @Test
  void anImageTruncatedWhileCkptinfoReadsItIsOneLineNeverSigbus() throws Exception {
    Path big = dir.resolve("big.ckpt");
    int truncatedUnder = 0;
    for (int round = 0; round < 12; round++) {
      WriteLoop.pages(big, 40);
      Process p = new ProcessBuilder(ckptinfo().toString(), big.toString())
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      Thread t = truncateSoon(big, 150);
      assertTrue(p.waitFor(60, TimeUnit.SECONDS));
      t.join();
      String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(p.exitValue() == 0 || p.exitValue() == 1, "exit " + p.exitValue() + " (128 + 7 is SIGBUS): " + err);
      assertTrue(err.lines().count() <= 1, err);
      truncatedUnder += err.contains("changed while it was read") ? 1 : 0;
    }
    System.out.println("ckptinfo saw the file truncated under it in " + truncatedUnder + " of 12 rounds");
  }

  /** Starts a WriteLoop child JVM and returns it once it has finished one write. */
  private static Process loop(String mode, Path where, Path tmpdir) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-Djava.io.tmpdir=" + tmpdir, "-cp", System.getProperty("java.class.path"),
        WriteLoop.class.getName(), mode, where.toString()));
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String line = out.readLine();
    assertEquals("ready", line, "the write loop did not start");
    return p;
  }

  private static List<Path> leftovers(Path in, String glob) throws IOException {
    List<Path> found = new ArrayList<>();
    try (var entries = Files.newDirectoryStream(in, glob)) {
      entries.forEach(found::add);
    }
    return found;
  }

  private static void valid(Path image) throws Exception {
    try (ImageReader r = ImageReader.open(image)) {
      r.verify();
    }
  }

  @Test
  void writersKilledAtRandomMomentsLeaveAWholeImageAndTheNextWriteCleansUp() throws Exception {
    Path tmp = Files.createDirectories(dir.resolve("tmp"));
    int leftBehind = 0;
    for (String mode : List.of("checkpoint", "remap")) {
      if (mode.equals("remap")) {
        Main.dispatch(SampleContainer.scaled(20_000)).checkpoint(dir.resolve("c.ckpt"));
      }
      Path target = dir.resolve(mode.equals("checkpoint") ? "c.ckpt" : "m.ckpt");
      for (int round = 0; round < 8; round++) {
        Process p = loop(mode, dir, tmp);
        Thread.sleep(random.nextInt(300));
        p.destroyForcibly();  // SIGKILL
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        valid(target);  // a whole old image or a whole new one, never a part
        leftBehind += leftovers(dir, "." + target.getFileName() + ".*.tmp").size();
      }
      // one more write, by this JVM: every temp file of a dead writer is gone
      if (mode.equals("checkpoint")) {
        Main.dispatch(SampleContainer.own(1000, 1000)).checkpoint(target);
      } else {
        Forge.edit(dir.resolve("c.ckpt"), target, new org.ckptgen.example.container.ContainerImageReader.Edit() {});
      }
      valid(target);
      assertEquals(List.of(), leftovers(dir, "." + target.getFileName() + ".*.tmp"), mode);
    }
    System.out.println("killed writers left " + leftBehind + " temp files; the next write removed them all");
    // a stream spool is unlinked before its first byte: a reader killed while spooling leaves nothing
    Path stream = WriteLoop.pages(dir.resolve("stream.ckpt"), 40);
    for (int round = 0; round < 5; round++) {
      Process p = loop("spool", stream, tmp);
      Thread.sleep(random.nextInt(200));
      p.destroyForcibly();
      assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    }
    try (Stream<Path> files = Files.list(tmp)) {
      List<Path> spools = files.filter(f -> f.getFileName().toString().startsWith("ckptgen-")).filter(f -> {
        try {
          return Files.size(f) > 0;
        } catch (IOException e) {
          return false;  // gone meanwhile
        }
      }).toList();
      assertEquals(List.of(), spools, "spools with bytes in them left behind");
    }
  }
}
