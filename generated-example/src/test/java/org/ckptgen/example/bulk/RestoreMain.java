package org.ckptgen.example.bulk;

import java.nio.file.Path;
import java.util.Set;
import org.ckptgen.image.hook.Caller;

/** Restores a bulk image, in a JVM of its own: the memory test starts it with a small heap. */
public final class RestoreMain {
  private RestoreMain() {}

  public static void main(String[] args) throws Exception {
    MemorySubsystem memory = new MemorySubsystem(0);
    BulkImageDispatch.builder().memory(memory).build().restore(Path.of(args[0]), Caller.privileged(), Set.of());
    System.out.println("restored " + memory.restoredPages + " pages, crc32 " + Long.toHexString(memory.restoredCrc)
        + ", max heap " + (Runtime.getRuntime().maxMemory() >> 20) + " MiB");
  }
}
