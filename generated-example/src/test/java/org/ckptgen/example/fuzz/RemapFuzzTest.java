package org.ckptgen.example.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.nio.channels.Channels;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.ckptgen.example.container.ContainerImageSchema;
import org.ckptgen.image.GenericDecoder;
import org.ckptgen.image.ImageReader;
import org.ckptgen.image.Progress;
import org.ckptgen.image.RecordView;
import org.ckptgen.image.TrustedSchema;
import org.ckptgen.image.tools.IdRemap;
import org.ckptgen.image.tools.ImageRewriter;
import org.ckptgen.runtime.CkptFormatException;
import org.junit.jupiter.api.Timeout;

/**
 * {@code ckpt remap --schema}: {@link ImageRewriter} with {@link IdRemap}, from a file to a file,
 * with the container's trusted schema, and (as the API still allows) by the image's own tables. The maps
 * swap ids (a bijection), so remapping never makes a sorted id array invalid: an image the generic
 * reader reads whole must be remapped, and the rewriter reads its output back before it replaces
 * the target.
 */
class RemapFuzzTest {
  private static final List<byte[]> SHAPES = Corpus.shapes(RemapFuzzTest.class);
  private static final Map<Integer, Integer> UIDS = Map.of(1000, 2000, 2000, 1000, 0, 100000, 100000, 0);
  private static final Map<Integer, Integer> GIDS = Map.of(1000, 2000, 2000, 1000, 24, 25, 25, 24);

  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  @FuzzTest
  void wholeImage(byte[] input) throws Exception {
    remap(Seal.image(input));
  }

  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  @FuzzTest
  void recordsOnly(byte[] input) throws Exception {
    remap(Corpus.withShape(SHAPES, input));
  }

  static void remap(byte[] image) throws Exception {
    Path in = Scratch.file("remap-in.ckpt", image);
    Path out = Scratch.DIR.resolve("remap-out.ckpt");
    for (TrustedSchema schema : new TrustedSchema[] {ContainerImageSchema.trusted(), null}) {
      String how = schema == null ? " by the image's own tables" : " with the container's schema";
      CkptFormatException remapped = Property.read(image, "ImageRewriter with IdRemap" + how,
          () -> ImageRewriter.rewrite(in, out, schema, new IdRemap(UIDS, GIDS), Progress.NONE));
      CkptFormatException read = Property.read(image, "the generic reader" + how, () -> {
        try (ImageReader r = ImageReader.open(Channels.newChannel(new ByteArrayInputStream(image)))) {
          r.verify();
          if (schema != null) {
            r.trust(schema);
          }
          GenericDecoder decoder = new GenericDecoder(r.layout());
          for (RecordView v : r.records()) {
            decoder.json(v, new StringBuilder());
          }
        }
      });
      if (read == null && remapped != null) {
        throw new AssertionError("remap" + how + " refused an image the generic reader reads whole: "
            + remapped.getMessage(), remapped);
      }
    }
  }
}
