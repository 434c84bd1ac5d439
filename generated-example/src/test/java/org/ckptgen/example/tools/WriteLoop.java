package org.ckptgen.example.tools;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.ckptgen.example.Main;
import org.ckptgen.example.container.ContainerImageReader;
import org.ckptgen.example.container.ContainerImageSchema;
import org.ckptgen.example.container.Cred;
import org.ckptgen.example.container.MemoryPage;
import org.ckptgen.example.model.SampleContainer;
import org.ckptgen.image.ImageReader;
import org.ckptgen.image.ImageWriter;

/**
 * Writes, rewrites or spools images in a loop until killed, for the kill -9 test: {@code
 * checkpoint DIR} checkpoints to DIR/c.ckpt, {@code remap DIR} rewrites DIR/c.ckpt to DIR/m.ckpt
 * as {@code ckpt remap} does, {@code spool FILE} reads FILE as a stream (into a spool file in
 * java.io.tmpdir). Prints "ready" once the loop has started.
 */
public final class WriteLoop {
  private WriteLoop() {}

  public static void main(String[] args) throws Exception {
    Path p = Path.of(args[1]);
    boolean first = true;
    while (true) {
      switch (args[0]) {
        case "checkpoint" -> Main.dispatch(SampleContainer.scaled(20_000)).checkpoint(p.resolve("c.ckpt"));
        case "remap" -> ContainerImageReader.rewrite(p.resolve("c.ckpt"), p.resolve("m.ckpt"),
            new ContainerImageReader.Edit() {
              @Override
              public Cred cred(Cred c) {
                return new Cred(c.uid() + 1, c.suid(), c.euid(), c.fsuid(), c.gid(), c.sgid(), c.egid(), c.fsgid(),
                    c.userRef(), c.groupinfoRef(), c.capS());
              }
            });
        case "spool" -> {
          try (FileChannel in = FileChannel.open(p, StandardOpenOption.READ);
               ImageReader r = ImageReader.open((java.nio.channels.ReadableByteChannel) in)) {
            r.verify();
          }
        }
        default -> throw new IllegalArgumentException(args[0]);
      }
      if (first) {
        System.out.println("ready");
        System.out.flush();
        first = false;
      }
    }
  }

  /** An image of {@code mib} one-MiB memory pages: large enough to be spooled or mapped, not snapshotted. */
  public static Path pages(Path file, int mib) throws Exception {
    try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING)) {
      ImageWriter w = ContainerImageSchema.writer(out, 0);
      w.beginSection("memory");
      ByteBuffer page = ByteBuffer.allocate(1 << 20);
      for (int i = 0; i < mib; i++) {
        page.putInt(0, i);
        w.write(ContainerImageSchema.MEMORY_PAGE, new MemoryPage(i * (1L << 20), 3, page.duplicate()));
      }
      w.finish();
    }
    return file;
  }
}
