package org.ckptgen.example.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.ckptgen.example.container.ContainerImageReader;
import org.ckptgen.runtime.CkptFormatException;
import org.junit.jupiter.api.Timeout;

/**
 * The generated typed reader, {@code ContainerImageReader}: from a file (checked whole, then
 * every record decoded by its codec, record constructors included), from a stream (one pass),
 * and as JSON. The file and the stream must agree whether the image is valid.
 */
class TypedReaderFuzzTest {
  /** Decodes every record by its codec and keeps nothing. */
  private static final ContainerImageReader.Visitor EVERY_RECORD = new ContainerImageReader.Visitor() {};

  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  @FuzzTest
  void wholeImage(byte[] input) throws Exception {
    read(Seal.image(input));
  }

  /** The container's tables as this build writes them, then any records. */
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  @FuzzTest
  void recordsOnly(byte[] input) throws Exception {
    read(Seal.withTables(Corpus.CONTAINER_TABLES, input));
  }

  static void read(byte[] image) throws Exception {
    Path file = Scratch.file("typed.ckpt", image);
    CkptFormatException mapped = Property.read(image, "ContainerImageReader.read(Path)",
        () -> ContainerImageReader.read(file, EVERY_RECORD));
    CkptFormatException streamed = Property.read(image, "ContainerImageReader.read(InputStream)",
        () -> ContainerImageReader.read(new ByteArrayInputStream(image), EVERY_RECORD));
    Property.read(image, "ContainerImageReader.json", () -> ContainerImageReader.json(file, new StringBuilder()));
    Property.sameValidity("ContainerImageReader.read(Path)", mapped, "ContainerImageReader.read(InputStream)", streamed);
  }
}
