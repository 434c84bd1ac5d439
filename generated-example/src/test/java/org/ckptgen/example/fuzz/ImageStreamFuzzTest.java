package org.ckptgen.example.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.nio.channels.Channels;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ckptgen.example.container.ContainerImageSchema;
import org.ckptgen.image.GenericDecoder;
import org.ckptgen.image.ImageChecker;
import org.ckptgen.image.ImageReader;
import org.ckptgen.image.ImageStream;
import org.ckptgen.image.RecordView;
import org.ckptgen.image.TrustedSchema;
import org.ckptgen.runtime.CkptFormatException;
import org.junit.jupiter.api.Timeout;

/**
 * The stream reader ({@link ImageStream}, one pass), each record decoded by the generic decoder
 * as it arrives, against the mapped reader's whole-image check ({@link ImageChecker}, as
 * {@code ckpt verify} runs it): by the image's own tables, then by the container's trusted
 * schema. The stream checks each record as it comes and holds a later step's fault back until it
 * has read the framing to the end, so the two give one verdict: valid, or the same offset and
 * reason.
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
    for (TrustedSchema schema : new TrustedSchema[] {null, ContainerImageSchema.trusted()}) {
      String by = schema == null ? " by its own tables" : " by the container's schema";
      CkptFormatException streamed = Property.read(image, "ImageStream" + by, () -> {
        ImageStream s = ImageStream.open(new ByteArrayInputStream(image));
        if (schema != null) {
          s.trust(schema);
        }
        GenericDecoder decoder = new GenericDecoder(s.layout());
        StringBuilder json = new StringBuilder();
        for (RecordView v; (v = s.next()) != null; ) {
          decoder.json(v, json);
        }
      });
      CkptFormatException mapped = Property.read(image, "ImageChecker" + by, () -> {
        try (ImageReader r = ImageReader.open(Channels.newChannel(new ByteArrayInputStream(image)))) {
          r.verify();
          ImageChecker.check(r, ImageChecker.Expectation.generic(schema != null ? schema : TrustedSchema.ofImage(r)));
        }
      });
      Property.sameVerdict("ImageStream" + by, streamed, "ImageChecker" + by, mapped);
    }
  }
}
