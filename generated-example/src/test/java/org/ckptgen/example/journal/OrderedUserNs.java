package org.ckptgen.example.journal;

import org.ckptgen.annotations.AbortHook;
import org.ckptgen.annotations.CheckpointHook;
import org.ckptgen.annotations.RestoreHook;
import org.ckptgen.annotations.Subsystem;
import org.ckptgen.image.hook.CheckpointContext;
import org.ckptgen.image.hook.RestoreContext;

/** user_ns: the same constraint said from the other side. */
@Subsystem(value = "user_ns", image = OrderedImage.class, before = "user")
final class OrderedUserNs {
  final Logged log;

  OrderedUserNs(Journal journal, int value) {
    this.log = new Logged("user_ns", journal, value);
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
