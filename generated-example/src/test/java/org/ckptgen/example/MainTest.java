package org.ckptgen.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example's command line: what it prints and how it exits. */
class MainTest {
  private String out;
  private String err;

  private int run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
    try {
      return Main.run(args);
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
      out = o.toString(StandardCharsets.UTF_8);
      err = e.toString(StandardCharsets.UTF_8);
    }
  }

  @Test
  void theDemoCheckpointsAndShowsWhatAnUnprivilegedRestoreRefuses(@TempDir Path dir) {
    assertEquals(0, run("demo", dir.toString()), err);
    assertTrue(Files.exists(dir.resolve("container.ckpt")));
    assertTrue(out.contains("checkpointed 5 tasks"), out);
    assertTrue(out.contains("  cred "), "records per subsystem: " + out);
    assertTrue(out.contains("refused: subsystem \"cred\"") && out.contains("beyond the caller's permitted set"), out);
    assertTrue(out.contains("restored 5 tasks on host \"ckpt-demo\""), out);
  }

  @Test
  void restoreExitsZeroOrOneWithOneLine(@TempDir Path dir) throws Exception {
    run("demo", dir.toString());
    Path image = dir.resolve("container.ckpt");
    assertEquals(0, run("restore", image.toString()));
    assertEquals(1, run("restore", image.toString(), "--unprivileged"));
    assertEquals("", out, "a refusal prints nothing on stdout");
    assertEquals(1, err.lines().count(), err);
    assertTrue(err.contains("refused: subsystem \"cred\""), err);
    byte[] bytes = Files.readAllBytes(image);
    bytes[bytes.length - 50] ^= 1;
    Path bad = Files.write(dir.resolve("bad.ckpt"), bytes);
    assertEquals(1, run("restore", bad.toString()));
    assertTrue(err.startsWith(bad + ": at offset ") && err.contains("checksum mismatch"), err);
    assertEquals(1, err.lines().count(), err);
    assertEquals("", out);
  }

  @Test
  void wrongUsageExitsTwo() {
    assertEquals(2, run("restore"));
    assertTrue(err.startsWith("usage:"), err);
    assertEquals(2, run("restore", "/nonexistent/image.ckpt"));
    assertTrue(err.startsWith("error:") && !err.contains("\tat "), err);
  }
}
