package org.ckptgen.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ckptgen.example.container.ContainerImageReader;
import org.ckptgen.example.container.ContainerImageSchema;
import org.ckptgen.example.container.Cred;
import org.ckptgen.example.model.SampleContainer;
import org.ckptgen.example.tools.ReaderTool;
import org.ckptgen.image.GenericDecoder;
import org.ckptgen.image.GenericRecord;
import org.ckptgen.image.ImageReader;
import org.ckptgen.image.ImageStream;
import org.ckptgen.image.RecordView;
import org.ckptgen.image.tools.ImageRewriter;
import org.ckptgen.runtime.CkptFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java reader library on the demo image: mapped and streamed, typed and generic, and a typed rewrite. */
class ReaderLibraryTest {

  private static Path demo(Path dir) throws Exception {
    Path image = dir.resolve("demo.ckpt");
    Main.dispatch(SampleContainer.demo()).checkpoint(image);
    return image;
  }

  /** Every record as "position type json", typed through the generated schema where it knows the type. */
  private static String line(RecordView v, GenericDecoder generic) throws CkptFormatException {
    StringBuilder json = new StringBuilder();
    generic.json(v, json);
    if (ContainerImageSchema.codec(v.type()) != null) {
      StringBuilder typed = new StringBuilder();
      ContainerImageSchema.json(v.type(), v.decode(ContainerImageSchema.codec(v.type())), typed);
      assertEquals(typed.toString(), json.toString(), "generic and typed JSON of the record at " + v.position());
    }
    return v.position() + " " + v.type() + " " + json;
  }

  @Test
  void aStreamReadsInOnePassWhatTheMappedReaderReads(@TempDir Path dir) throws Exception {
    Path image = demo(dir);
    List<String> mapped = new ArrayList<>();
    try (ImageReader r = ImageReader.open(image)) {
      r.verify();
      GenericDecoder generic = new GenericDecoder(r.layout());
      for (RecordView v : r.records()) {
        mapped.add(line(v, generic));
      }
    }
    List<String> streamed = new ArrayList<>();
    try (InputStream in = Files.newInputStream(image)) {
      ImageStream s = ImageStream.open(in);
      GenericDecoder generic = new GenericDecoder(s.layout());
      for (RecordView v = s.next(); v != null; v = s.next()) {
        streamed.add(line(v, generic));
      }
      assertEquals(Files.size(image) - 40, s.trailer().totalLength());
    }
    assertEquals(mapped, streamed);
    assertTrue(mapped.size() > 30, mapped.toString());
  }

  @Test
  void aStreamReportsABadChecksumOrATruncationWithTheOffset(@TempDir Path dir) throws Exception {
    byte[] bytes = Files.readAllBytes(demo(dir));
    byte[] flipped = bytes.clone();
    flipped[bytes.length - 60] ^= 1;
    CkptFormatException crc = assertThrows(CkptFormatException.class, () -> drain(flipped));
    assertEquals(bytes.length - 40 + 32, crc.offset());
    byte[] truncated = java.util.Arrays.copyOf(bytes, 5000);
    CkptFormatException cut = assertThrows(CkptFormatException.class, () -> drain(truncated));
    assertTrue(cut.reason().matches("record length \\d+ runs past the end of the image \\(\\d+ bytes left\\)"), cut.reason());
    // in the mapped reader's words, at its offset: it knows the image's length up front, the stream at its end
    CkptFormatException mapped = assertThrows(CkptFormatException.class, () -> {
      try (ImageReader r = ImageReader.open(java.nio.channels.Channels.newChannel(new ByteArrayInputStream(truncated)))) {
        r.verify();
      }
    });
    assertEquals(mapped.getMessage(), cut.getMessage());
  }

  private static void drain(byte[] image) throws Exception {
    ImageStream s = ImageStream.open(new ByteArrayInputStream(image));
    while (s.next() != null) {
      // read every record
    }
  }

  @Test
  void genericAccessByName(@TempDir Path dir) throws Exception {
    try (ImageReader r = ImageReader.open(demo(dir))) {
      r.verify();
      GenericDecoder generic = new GenericDecoder(r.layout());
      List<Long> uids = new ArrayList<>();
      for (RecordView v : r.records()) {
        if ("ckpt_hdr_cred".equals(generic.name(v.type()))) {
          GenericRecord cred = generic.decode(v);
          uids.add(cred.getLong("uid"));
          assertTrue(cred.get("cap_s") instanceof GenericRecord, "nested structs decode as records");
        }
      }
      assertEquals(List.of(1000L, 1000L, 0L), uids);
      assertNull(r.layout().byType(0x7777));
    }
  }

  /** The filter of seeds/003 in typed code: every cred of uid 1000 gets uid 3000. */
  @Test
  void aTypedRewrite(@TempDir Path dir) throws Exception {
    Path image = demo(dir);
    Path out = dir.resolve("out.ckpt");
    ImageRewriter.rewrite(image, out, (v, layout) -> {
      if (v.type() != ContainerImageSchema.CRED.type()) {
        return null;
      }
      Cred c = v.decode(ContainerImageSchema.CRED);
      if (c.uid() != 1000) {
        return null;
      }
      Cred changed = new Cred(3000, c.suid(), c.euid(), c.fsuid(), c.gid(), c.sgid(), c.egid(), c.fsgid(), c.userRef(),
          c.groupinfoRef(), c.capS());
      ByteBuffer b = ByteBuffer.allocate(ContainerImageSchema.CRED.encodedLength(changed));
      ContainerImageSchema.CRED.encode(changed, b, 0);
      return b;
    }, (done, total) -> { });
    List<Integer> uids = new ArrayList<>();
    try (ImageReader r = ImageReader.open(out)) {
      r.verify();
      for (RecordView v : r.records()) {
        if (v.type() == ContainerImageSchema.CRED.type()) {
          uids.add(v.decode(ContainerImageSchema.CRED).uid());
        }
      }
    }
    assertEquals(List.of(3000, 3000, 0), uids);
  }

  /**
   * A tool written against the generated ContainerImageReader runs in a JVM whose class path holds
   * ckptgen-runtime, ckptgen-image and the generated classes of the container package only: no
   * subsystem, no dispatch, no model, no annotations. It prints what it prints with the whole
   * class path: records by type, mapped and streamed, a typed rewrite of uid 1000 to 2000, JSON.
   */
  @Test
  void theGeneratedReaderNeedsNoSubsystem(@TempDir Path dir) throws Exception {
    Path image = demo(dir);
    Path classes = Files.createDirectories(dir.resolve("classes"));
    Path main = location(ContainerImageReader.class);
    copy(main, classes, p -> p.startsWith(main.resolve("org/ckptgen/example/container"))
        && !p.getFileName().toString().contains("Dispatch"));
    Path test = location(ReaderTool.class);
    copy(test, classes, p -> p.startsWith(test.resolve("org/ckptgen/example/tools")));
    String restricted = String.join(java.io.File.pathSeparator, classes.toString(),
        location(CkptFormatException.class).toString(), location(ImageReader.class).toString());

    String alone = tool(restricted, image, dir.resolve("alone.ckpt"));
    String whole = tool(System.getProperty("java.class.path"), image, dir.resolve("whole.ckpt"));
    assertTrue(alone.startsWith("subsystems on the class path: false\n"), alone);
    assertTrue(whole.startsWith("subsystems on the class path: true\n"), whole);
    assertEquals(whole.substring(whole.indexOf('\n')), alone.substring(alone.indexOf('\n')));

    int framing = 0;  // sections and objrefs: the records the schema has no class for
    try (ImageReader r = ImageReader.open(image)) {
      r.verify();
      for (RecordView v : r.records()) {
        framing += ContainerImageSchema.codec(v.type()) == null ? 1 : 0;
      }
    }
    List<String> lines = alone.lines().toList();
    // the demo's three credentials: the workers', the namespace admin's, sshd's
    assertEquals("mapped: {cred=3, other=" + framing + "} uids [1000, 1000, 0]", lines.get(1));
    assertEquals(lines.get(1).substring("mapped: ".length()), lines.get(2).substring("streamed: ".length()));
    assertEquals("rewritten: {cred=3, other=" + framing + "} uids [2000, 2000, 0]", lines.get(3));
    assertTrue(lines.get(4).endsWith("uid 2000"), lines.get(4));
  }

  private static Path location(Class<?> c) throws Exception {
    return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  private static void copy(Path from, Path to, java.util.function.Predicate<Path> which) throws Exception {
    try (var files = Files.walk(from)) {
      for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile).filter(which)::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        Files.createDirectories(target.getParent());
        Files.copy(p, target);
      }
    }
  }

  private static String tool(String classPath, Path image, Path out) throws Exception {
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", classPath, ReaderTool.class.getName(), image.toString(), out.toString())
        .redirectErrorStream(true).start();
    String text = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), text);
    return text;
  }
}
