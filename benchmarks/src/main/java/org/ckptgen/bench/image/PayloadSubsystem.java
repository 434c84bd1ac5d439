package org.ckptgen.bench.image;

import java.nio.ByteBuffer;
import org.ckptgen.annotations.CheckpointHook;
import org.ckptgen.annotations.RestoreHook;
import org.ckptgen.annotations.Subsystem;
import org.ckptgen.image.hook.CheckpointContext;
import org.ckptgen.image.hook.RestoreContext;

/**
 * Checkpoints a buffer and restores it, in one of two ways. Given a target, restore copies every
 * byte into it (a subsystem whose memory exists already): every byte lands twice, once in the
 * reader's private copy and once in the target. Without one, restore adopts the payload the hook
 * is given, a view of the reader's private copy, which stays valid after the restore (a subsystem
 * that takes the restored memory as its own): every byte lands once, as in the raw read.
 */
@Subsystem(value = "payload", image = PayloadImage.class)
public final class PayloadSubsystem {
  private final ByteBuffer source;
  private final ByteBuffer target;
  private ByteBuffer adopted;

  public PayloadSubsystem(ByteBuffer source, ByteBuffer target) {
    this.source = source;
    this.target = target;
  }

  /** A subsystem of {@code source}'s size that restores by adopting the payload, not copying it. */
  public static PayloadSubsystem adopting(ByteBuffer source) {
    return new PayloadSubsystem(source, null);
  }

  /** The payload an adopting subsystem took at its restore, or null. */
  public ByteBuffer adopted() {
    return adopted;
  }

  @CheckpointHook
  public Payload checkpoint(CheckpointContext ctx) {
    return new Payload(source.duplicate());
  }

  @RestoreHook
  public int restore(RestoreContext ctx, Payload state) {
    if (state.data().remaining() != source.capacity()) {
      return -22;  // EINVAL: not the size this process holds
    }
    if (target == null) {
      adopted = state.data();
    } else {
      target.clear().put(state.data()).flip();
    }
    return 0;
  }
}
