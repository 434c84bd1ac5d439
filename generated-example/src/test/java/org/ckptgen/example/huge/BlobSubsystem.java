package org.ckptgen.example.huge;

import java.nio.ByteBuffer;
import java.util.zip.CRC32;
import org.ckptgen.annotations.CheckpointHook;
import org.ckptgen.annotations.RestoreHook;
import org.ckptgen.annotations.Subsystem;
import org.ckptgen.image.hook.CheckpointContext;
import org.ckptgen.image.hook.RestoreContext;

/** Checkpoints one payload as it is; restore keeps the CRC32 of what came back. */
@Subsystem(value = "blob", image = HugeImage.class)
public final class BlobSubsystem {
  private final ByteBuffer payload;
  public long restoredCrc = -1;

  public BlobSubsystem(ByteBuffer payload) {
    this.payload = payload;
  }

  @CheckpointHook
  BigPage checkpoint(CheckpointContext ctx) {
    return new BigPage(payload);
  }

  @RestoreHook
  void restore(RestoreContext ctx, BigPage state) {
    CRC32 crc = new CRC32();
    crc.update(state.data());
    restoredCrc = crc.getValue();
  }
}
