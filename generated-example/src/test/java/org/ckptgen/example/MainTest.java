package org.ckptgen.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ckptgen.example.container.ContainerImageReader;
import org.ckptgen.example.container.TaskEntry;
import org.ckptgen.example.container.TaskSection;
import org.ckptgen.example.container.UtsNs;
import org.ckptgen.example.model.SampleContainer;
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
    // groupinfo comes first in the dispatch order, cred last: the first hook to revive a group set
    // the caller may not set refuses (the demo's sshd task is in group 0)
    assertTrue(out.contains("refused: subsystem \"groupinfo\"") && out.contains("group 0 is not one the caller is in"),
        out);
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
    assertTrue(err.contains("refused: subsystem \"groupinfo\""), err);
    byte[] bytes = Files.readAllBytes(image);
    bytes[bytes.length - 50] ^= 1;
    Path bad = Files.write(dir.resolve("bad.ckpt"), bytes);
    assertEquals(1, run("restore", bad.toString()));
    assertTrue(err.startsWith(bad + ": at offset ") && err.contains("checksum mismatch"), err);
    assertEquals(1, err.lines().count(), err);
    assertEquals("", out);
  }

  @Test
  void stringsFromTheImageArePrintedEscapedAndARefusalIsOneLine(@TempDir Path dir) throws Exception {
    Path image = Forge.checkpoint(SampleContainer.own(1000, 1000, 24), dir.resolve("own.ckpt"));
    Path forged = Forge.edit(image, dir.resolve("forged.ckpt"), new ContainerImageReader.Edit() {
      @Override
      public UtsNs utsNs(UtsNs u) {
        return new UtsNs(u.sysname(), "evil\n  restored 99 tasks\u001b[2J\u202e", u.release(), u.version(), u.machine(),
            u.domainname());
      }

      @Override
      public TaskSection taskSection(TaskSection s) {
        TaskEntry[] t = s.tasks().clone();
        TaskEntry e = t[0];
        t[0] = new TaskEntry(e.pid(), "a\r\nb\u0007", e.credRef(), e.ecredRef(), e.labelRef(), e.filesRef());
        return new TaskSection(t);
      }
    });
    assertEquals(0, run("restore", forged.toString()), err);
    assertEquals(4, out.lines().count(), "a summary line and one per task: " + out);
    assertTrue(out.contains("evil\\n  restored 99 tasks\\x1b[2J\\u202e") && out.contains("a\\r\\nb\\x07"), out);
    assertTrue(out.chars().noneMatch(c -> c < 0x20 && c != '\n'), "no control character but the line ends");

    // a section name with a newline and an escape: the refusal is still one line, on stderr
    byte[] bytes = Files.readAllBytes(image);
    int at = indexOf(bytes, "cred\0".getBytes(StandardCharsets.US_ASCII), sectionStart(image));
    bytes[at + 1] = '\n';
    bytes[at + 2] = 0x1b;
    Path badSection = Files.write(dir.resolve("section.ckpt"), Forge.reseal(bytes));
    assertEquals(1, run("restore", badSection.toString()));
    assertEquals(1, err.lines().count(), err);
    assertTrue(err.contains("\"c\\n\\x1bd\""), err);
  }

  /** Where the first section record starts: after the header and its tables. */
  private static int sectionStart(Path image) throws Exception {
    try (org.ckptgen.image.ImageReader r = org.ckptgen.image.ImageReader.open(image)) {
      r.verify();
      for (org.ckptgen.image.RecordView v : r.records()) {
        if (v.type() == org.ckptgen.image.SectionCodec.TYPE) {
          return (int) v.position();
        }
      }
    }
    throw new AssertionError("no section");
  }

  private static int indexOf(byte[] haystack, byte[] needle, int from) {
    outer:
    for (int i = from; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("not found");
  }

  @Test
  void wrongUsageExitsTwo() {
    assertEquals(2, run("restore"));
    assertTrue(err.startsWith("usage:"), err);
    assertEquals(2, run("restore", "/nonexistent/image.ckpt"));
    assertTrue(err.startsWith("error:") && !err.contains("\tat "), err);
  }
}
