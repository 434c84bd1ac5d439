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
import org.ckptgen.example.container.ContainerImageSchema;
import org.ckptgen.example.container.Cred;
import org.ckptgen.example.model.SampleContainer;
import org.ckptgen.image.GenericDecoder;
import org.ckptgen.image.GenericRecord;
import org.ckptgen.image.ImageReader;
import org.ckptgen.image.ImageRewriter;
import org.ckptgen.image.ImageStream;
import org.ckptgen.image.RecordView;
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
    CkptFormatException cut = assertThrows(CkptFormatException.class, () -> drain(java.util.Arrays.copyOf(bytes, 5000)));
    assertTrue(cut.reason().startsWith("the image ends inside"), cut.reason());
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
}
