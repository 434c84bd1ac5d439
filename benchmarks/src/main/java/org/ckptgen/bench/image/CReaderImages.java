package org.ckptgen.bench.image;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ckptgen.example.Main;
import org.ckptgen.example.model.SampleContainer;

/**
 * Writes the images the C reader's benchmark reads ({@code creader.sh}): a payload image of
 * 1 GiB, one record, whose check is the framing and the CRC32C; and the example's container
 * scaled to many tasks, many small records, whose check is mostly the walk (65,536 tasks, the most its task
 * section holds).
 *
 * <p>usage: {@code java -cp benchmarks.jar org.ckptgen.bench.image.CReaderImages DIR [TASKS]}
 */
public final class CReaderImages {
  /** The payload: 1 GiB, the most its {@code @VarBytes(max)} allows. */
  static final int PAYLOAD = 1 << 30;

  private CReaderImages() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: CReaderImages DIR [TASKS]");
      System.exit(2);
    }
    Path dir = Files.createDirectories(Path.of(args[0]));
    int tasks = args.length == 2 ? Integer.parseInt(args[1]) : 65_536;
    ByteBuffer source = ByteBuffer.allocateDirect(PAYLOAD);
    for (int at = 0; at < PAYLOAD; at += 8) {
      source.putLong(at, at * 0x9e3779b97f4a7c15L);
    }
    Path payload = dir.resolve("payload-1g.ckpt");
    PayloadImageDispatch.builder().payload(new PayloadSubsystem(source, ByteBuffer.allocate(0))).build()
        .checkpoint(payload);
    Path container = dir.resolve("container-" + tasks + ".ckpt");
    Main.dispatch(SampleContainer.scaled(tasks)).checkpoint(container);
    System.out.printf("%s: %d bytes%n%s: %d bytes%n", payload, Files.size(payload), container, Files.size(container));
  }
}
