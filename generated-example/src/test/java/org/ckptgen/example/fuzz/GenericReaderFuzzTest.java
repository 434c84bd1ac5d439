package org.ckptgen.example.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.nio.channels.Channels;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ckptgen.example.container.ContainerImageSchema;
import org.ckptgen.image.ImageReader;
import org.ckptgen.image.Progress;
import org.ckptgen.image.tools.ImageDump;
import org.ckptgen.runtime.CkptFormatException;
import org.junit.jupiter.api.Timeout;

/**
 * The mapped reader ({@link ImageReader}) with the generic decoder, as {@code ckpt dump} prints
 * an image: the text of one line per record and the JSON document. Both read it, or both refuse
 * it at the same offset for the same reason; and {@link Property} holds for each. Then both again
 * as {@code ckpt dump --schema} reads, checked against the container's trusted schema; an image
 * that passes that check is one whose tables are the schema's, which its own tables read too.
 */
class GenericReaderFuzzTest {
  private static final List<byte[]> SHAPES = Corpus.shapes(GenericReaderFuzzTest.class);

  /** Any bytes, sealed as an image: mutations of the header and tables too. */
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  @FuzzTest
  void wholeImage(byte[] input) throws Exception {
    read(Seal.image(input));
  }

  /** Valid tables (by the first byte: the container's, or a seed's of another kind), then any records. */
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  @FuzzTest
  void recordsOnly(byte[] input) throws Exception {
    read(Corpus.withShape(SHAPES, input));
  }

  static void read(byte[] image) throws Exception {
    CkptFormatException text = Property.read(image, "ImageDump.text", () -> {
      try (ImageReader r = ImageReader.open(Channels.newChannel(new ByteArrayInputStream(image)))) {
        ImageDump.text(r, new StringBuilder(), Progress.NONE);
      }
    });
    CkptFormatException json = Property.read(image, "ImageDump.json", () -> {
      try (ImageReader r = ImageReader.open(Channels.newChannel(new ByteArrayInputStream(image)))) {
        ImageDump.json(r, new StringBuilder(), Progress.NONE);
      }
    });
    Property.sameVerdict("ImageDump.text", text, "ImageDump.json", json);
    // as ckpt dump --schema: checked against the container's schema, read by its layout
    CkptFormatException trusted = Property.read(image, "ImageDump.text with the schema", () -> {
      try (ImageReader r = ImageReader.open(Channels.newChannel(new ByteArrayInputStream(image)))) {
        ImageDump.text(r.trust(ContainerImageSchema.trusted()), new StringBuilder(), Progress.NONE);
      }
    });
    Property.read(image, "ImageDump.json with the schema", () -> {
      try (ImageReader r = ImageReader.open(Channels.newChannel(new ByteArrayInputStream(image)))) {
        ImageDump.json(r.trust(ContainerImageSchema.trusted()), new StringBuilder(), Progress.NONE);
      }
    });
    if (trusted == null && text != null) {
      throw new AssertionError("the container's schema reads an image its own tables refuse: " + text.getMessage());
    }
  }
}
