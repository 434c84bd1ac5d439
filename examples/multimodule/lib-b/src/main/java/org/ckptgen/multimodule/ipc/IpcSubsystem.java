package org.ckptgen.multimodule.ipc;

import org.ckptgen.annotations.CheckpointHook;
import org.ckptgen.annotations.RestoreHook;
import org.ckptgen.annotations.Subsystem;
import org.ckptgen.image.hook.CheckpointContext;
import org.ckptgen.image.hook.RestoreContext;

/**
 * A message queue. It names its image by name, as a library subsystem can (its root is in a
 * module downstream); the default, no name, would join the assembling build's only image as well.
 */
@Subsystem(value = "ipc", imageName = "daemon")
public final class IpcSubsystem {
  /** The live queue. */
  public IpcSection queue;

  public IpcSubsystem(IpcSection queue) {
    this.queue = queue;
  }

  @CheckpointHook
  public IpcSection checkpoint(CheckpointContext ctx) {
    return queue;
  }

  /** A queue with more messages than it holds is refused: -ENOSPC. */
  @RestoreHook
  public int restore(RestoreContext ctx, IpcSection state) {
    if (Integer.compareUnsigned(state.messages(), 1 << 16) > 0) {
      return -28;
    }
    queue = state;
    return 0;
  }
}
