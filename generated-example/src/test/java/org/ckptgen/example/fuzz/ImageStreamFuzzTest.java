package org.ckptgen.example.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.nio.channels.Channels;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ckptgen.image.GenericDecoder;
import org.ckptgen.image.ImageReader;
import org.ckptgen.image.ImageStream;
import org.ckptgen.image.RecordView;
import org.ckptgen.runtime.CkptFormatException;
import org.junit.jupiter.api.Timeout;

/**
 * The stream reader ({@link ImageStream}, one pass, as {@code ckpt verify -} reads a pipe), each
 * record decoded by the generic decoder as it arrives. It checks in another order than the mapped
 * reader (each record as it comes, the checksum last), so the two may name different first
 * faults, but they must agree whether the image is valid.
 */
class ImageStreamFuzzTest {
  private static final List<byte[]> SHAPES = Corpus.shapes(ImageStreamFuzzTest.class);

  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  @FuzzTest
  void wholeImage(byte[] input) throws Exception {
    read(Seal.image(input));
  }

  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  @FuzzTest
  void recordsOnly(byte[] input) throws Exception {
    read(Corpus.withShape(SHAPES, input));
  }

  static void read(byte[] image) throws Exception {
    CkptFormatException streamed = Property.read(image, "ImageStream", () -> {
      ImageStream s = ImageStream.open(new ByteArrayInputStream(image));
      GenericDecoder decoder = new GenericDecoder(s.layout());
      StringBuilder json = new StringBuilder();
      for (RecordView v; (v = s.next()) != null; ) {
        decoder.json(v, json);
      }
    });
    CkptFormatException mapped = Property.read(image, "ImageReader", () -> {
      try (ImageReader r = ImageReader.open(Channels.newChannel(new ByteArrayInputStream(image)))) {
        r.verify();
        GenericDecoder decoder = new GenericDecoder(r.layout());
        StringBuilder json = new StringBuilder();
        for (RecordView v : r.records()) {
          decoder.json(v, json);
        }
      }
    });
    Property.sameValidity("ImageStream", streamed, "ImageReader", mapped);
  }
}
