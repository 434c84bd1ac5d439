package org.ckptgen.example.huge;

import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * Checkpoints a payload file, memory-mapped, into a huge image, in a JVM of its own: the test
 * starts it with a heap far smaller than the payload.
 *
 * <p>usage: {@code CheckpointMain IMAGE PAYLOAD}
 */
public final class CheckpointMain {
  private CheckpointMain() {}

  public static void main(String[] args) throws Exception {
    try (RandomAccessFile file = new RandomAccessFile(args[1], "r")) {
      ByteBuffer payload = file.getChannel().map(FileChannel.MapMode.READ_ONLY, 0, file.length());
      HugeImageDispatch.builder().blob(new BlobSubsystem(payload)).build().checkpoint(Path.of(args[0]));
    }
    System.out.println("checkpointed, max heap " + (Runtime.getRuntime().maxMemory() >> 20) + " MiB");
  }
}
