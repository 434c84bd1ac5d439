package org.ckptgen.bench.image;

import java.nio.ByteBuffer;
import org.ckptgen.annotations.CheckpointHook;
import org.ckptgen.annotations.RestoreHook;
import org.ckptgen.annotations.Subsystem;
import org.ckptgen.image.hook.CheckpointContext;
import org.ckptgen.image.hook.RestoreContext;

/**
 * Checkpoints a buffer and restores it into another, as a memory subsystem would: restore copies
 * every byte, so that it is measured against a raw read that also lands every byte.
 */
@Subsystem(value = "payload", image = PayloadImage.class)
public final class PayloadSubsystem {
  private final ByteBuffer source;
  private final ByteBuffer target;

  public PayloadSubsystem(ByteBuffer source, ByteBuffer target) {
    this.source = source;
    this.target = target;
  }

  @CheckpointHook
  public Payload checkpoint(CheckpointContext ctx) {
    return new Payload(source.duplicate());
  }

  @RestoreHook
  public int restore(RestoreContext ctx, Payload state) {
    if (state.data().remaining() != target.capacity()) {
      return -22;  // EINVAL: not the size this process holds
    }
    target.clear().put(state.data()).flip();
    return 0;
  }
}
