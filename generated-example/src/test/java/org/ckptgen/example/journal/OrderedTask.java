package org.ckptgen.example.journal;

import org.ckptgen.annotations.AbortHook;
import org.ckptgen.annotations.CheckpointHook;
import org.ckptgen.annotations.RestoreHook;
import org.ckptgen.annotations.Subsystem;
import org.ckptgen.image.hook.CheckpointContext;
import org.ckptgen.image.hook.RestoreContext;

/** task: no constraint: placed by its name. */
@Subsystem(value = "task", image = OrderedImage.class)
final class OrderedTask {
  final Logged log;

  OrderedTask(Journal journal, int value) {
    this.log = new Logged("task", journal, value);
  }

  @CheckpointHook
  State checkpoint(CheckpointContext ctx) throws java.io.IOException {
    return log.checkpoint(ctx);
  }

  @RestoreHook
  int restore(RestoreContext ctx, State state) {
    return log.restore(ctx, state);
  }

  @AbortHook
  void abort(RestoreContext ctx) {
    log.abort();
  }
}
