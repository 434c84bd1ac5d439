package org.ckptgen.example.bulk;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.zip.CRC32;
import org.ckptgen.annotations.CheckpointHook;
import org.ckptgen.annotations.RestoreHook;
import org.ckptgen.annotations.Subsystem;
import org.ckptgen.image.hook.CheckpointContext;
import org.ckptgen.image.hook.RestoreContext;

/**
 * Memory made of {@code pages} pages of 1 MiB, generated page by page from their index, so
 * that the checkpoint never holds more than one page either. Restore checks the CRC32 of every
 * byte against the one checkpointed.
 */
@Subsystem(value = "memory", image = BulkImage.class)
public final class MemorySubsystem {
  static final int PAGE = 1 << 20;

  private final int pages;
  /** What restore found: the CRC32 of every page's bytes, and how many pages. */
  public long restoredCrc = -1;
  public int restoredPages = -1;

  public MemorySubsystem(int pages) {
    this.pages = pages;
  }

  static ByteBuffer page(int index) {
    ByteBuffer data = ByteBuffer.allocate(PAGE);
    for (int i = 0; i < PAGE; i += 8) {
      data.putLong(i, index * 0x9e3779b97f4a7c15L + i);
    }
    return data;
  }

  @CheckpointHook
  MemoryState checkpoint(CheckpointContext ctx) throws IOException {
    CRC32 crc = new CRC32();
    int[] refs = new int[pages];
    for (int p = 0; p < pages; p++) {
      ByteBuffer data = page(p);
      crc.update(data.duplicate());
      long address = (long) p * PAGE;
      refs[p] = ctx.share(Integer.valueOf(p), BulkImageSchema.PAGE, () -> new Page(address, data));
    }
    return new MemoryState((int) crc.getValue(), refs);
  }

  @RestoreHook
  int restore(RestoreContext ctx, MemoryState state) {
    CRC32 crc = new CRC32();
    for (int ref : state.pages()) {
      crc.update(ctx.object(ref, BulkImageSchema.PAGE).data());
    }
    restoredCrc = crc.getValue();
    restoredPages = state.pages().length;
    return restoredCrc == Integer.toUnsignedLong(state.crc32()) ? 0 : -5;  // EIO
  }
}
