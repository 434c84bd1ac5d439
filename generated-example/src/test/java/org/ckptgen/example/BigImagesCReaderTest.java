package org.ckptgen.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ckptgen.example.bulk.BulkImageDispatch;
import org.ckptgen.example.bulk.MemorySubsystem;
import org.ckptgen.example.huge.BlobSubsystem;
import org.ckptgen.example.huge.HugeImageDispatch;
import org.ckptgen.image.ImageReader;
import org.ckptgen.image.Progress;
import org.ckptgen.image.tools.ImageDump;
import org.ckptgen.runtime.CkptFormatException;
import org.junit.jupiter.api.Test;

/**
 * The C reader on the big images the Java tests write: a 1 GiB image of 1024 one-MiB pages and an
 * image whose one record carries a 256 MiB payload. The sanitized ckptinfo prints what Java's
 * dump prints (gigabytes of hex, so the two are compared by length and SHA-256 as they stream),
 * and both reject the image at the same offset once a byte in the middle is flipped and once it
 * loses its last byte.
 */
class BigImagesCReaderTest {
  private static final List<String> ASAN = List.of("-m64", "-O1", "-g", "-fsanitize=address,undefined",
      "-fno-sanitize-recover=all", "-fno-omit-frame-pointer");
  private static final Pattern OFFSET = Pattern.compile("at offset (\\d+)");

  /** A digest of text as it goes by, with its length in bytes. */
  private static final class Digest {
    final MessageDigest sha = sha256();
    long bytes;

    void update(byte[] b, int off, int len) {
      sha.update(b, off, len);
      bytes += len;
    }

    String result() {
      return bytes + " bytes, sha256 " + HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
      try {
        return MessageDigest.getInstance("SHA-256");
      } catch (java.security.NoSuchAlgorithmException e) {
        throw new AssertionError(e);
      }
    }
  }

  /** Java's dump of {@code image}, digested; or the offset it rejects the image at. */
  private static String javaDump(Path image) throws IOException {
    Digest d = new Digest();
    Appendable out = new Appendable() {
      @Override
      public Appendable append(CharSequence s) {
        byte[] b = s.toString().getBytes(StandardCharsets.UTF_8);
        d.update(b, 0, b.length);
        return this;
      }

      @Override
      public Appendable append(CharSequence s, int start, int end) {
        return append(s.subSequence(start, end));
      }

      @Override
      public Appendable append(char c) {
        return append(String.valueOf(c));
      }
    };
    try (ImageReader r = ImageReader.open(image)) {
      ImageDump.text(r, out, Progress.NONE);
      return d.result();
    } catch (CkptFormatException e) {
      return "rejected at offset " + e.offset();
    }
  }

  /** ckptinfo's output on {@code image}, digested; or the offset it rejects the image at. */
  private static String cDump(Path program, Path image) throws IOException, InterruptedException {
    Path err = CTool.work().resolve(program.getFileName() + ".err");
    Process p = new ProcessBuilder(program.toString(), image.toString()).redirectError(err.toFile()).start();
    Digest d = new Digest();
    byte[] buf = new byte[1 << 16];
    try (InputStream in = p.getInputStream()) {
      for (int n; (n = in.read(buf)) > 0; ) {
        d.update(buf, 0, n);
      }
    }
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "ckptinfo finished");
    String stderr = Files.readString(err);
    assertFalse(stderr.contains("Sanitizer") || stderr.contains("runtime error"), stderr);
    if (p.exitValue() == 0) {
      assertEquals("", stderr);
      return d.result();
    }
    assertEquals(1, p.exitValue(), stderr);
    assertEquals(1, stderr.lines().count(), "one line: " + stderr);
    Matcher m = OFFSET.matcher(stderr);
    assertTrue(m.find(), stderr);
    return "rejected at offset " + m.group(1);
  }

  private static Path reader(String image) throws Exception {
    Path include = Path.of(BigImagesCReaderTest.class.getResource("/META-INF/ckptgen/include/" + image + "_ckpt_reader.h")
        .toURI()).getParent();
    List<String> flags = new ArrayList<>(ASAN);
    flags.addAll(List.of("-DCKPT_IMAGE=" + image, "-I" + include));
    return CTool.build(CTool.MAIN_C.resolve("ckptinfo.c"), CTool.work().resolve("ckptinfo_" + image + "_asan"),
        flags.toArray(new String[0]));
  }

  /** Same text from both readers; then a flipped byte in the middle, then a lost last byte. */
  private static void bothReadersAgree(Path program, Path image) throws Exception {
    String java = javaDump(image);
    assertTrue(java.contains("sha256"), "Java reads the image: " + java);
    assertEquals(java, cDump(program, image), "ckptinfo prints what ckpt dump prints");

    long size = Files.size(image);
    try (FileChannel ch = FileChannel.open(image, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      ByteBuffer b = ByteBuffer.allocate(1);
      ch.read(b, size / 2);
      b.put(0, (byte) (b.get(0) ^ 0x10)).rewind();
      ch.write(b, size / 2);
    }
    String flipped = javaDump(image);
    assertTrue(flipped.startsWith("rejected"), flipped);
    assertEquals(flipped, cDump(program, image), "a flipped byte in the middle");

    try (RandomAccessFile f = new RandomAccessFile(image.toFile(), "rw")) {
      f.setLength(size - 1);
    }
    String truncated = javaDump(image);
    assertTrue(truncated.startsWith("rejected"), truncated);
    assertEquals(truncated, cDump(program, image), "the last byte lost");
  }

  @Test
  void aGigabyteOfPages() throws Exception {
    Path image = CTool.work().resolve("bulk-c.ckpt");
    try {
      BulkImageDispatch.builder().memory(new MemorySubsystem(1024)).build().checkpoint(image);
      assertTrue(Files.size(image) > 1L << 30);
      bothReadersAgree(reader("bulk"), image);
    } finally {
      Files.deleteIfExists(image);
    }
  }

  @Test
  void oneRecordOf256MiB() throws Exception {
    Path image = CTool.work().resolve("huge-c.ckpt");
    try {
      ByteBuffer payload = ByteBuffer.allocateDirect(256 << 20);
      for (int at = 0; at < payload.capacity(); at += 8) {
        payload.putLong(at, at * 0x9e3779b97f4a7c15L);
      }
      HugeImageDispatch.builder().blob(new BlobSubsystem(payload)).build().checkpoint(image);
      assertTrue(Files.size(image) > 256L << 20);
      bothReadersAgree(reader("huge"), image);
    } finally {
      Files.deleteIfExists(image);
    }
  }
}
