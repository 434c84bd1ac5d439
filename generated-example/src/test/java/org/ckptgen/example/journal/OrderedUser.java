package org.ckptgen.example.journal;

import org.ckptgen.annotations.AbortHook;
import org.ckptgen.annotations.CheckpointHook;
import org.ckptgen.annotations.RestoreHook;
import org.ckptgen.annotations.Subsystem;
import org.ckptgen.image.hook.CheckpointContext;
import org.ckptgen.image.hook.RestoreContext;

/** user: a user refers to its namespace, written before it. */
@Subsystem(value = "user", image = OrderedImage.class, after = "user_ns")
final class OrderedUser {
  final Logged log;

  OrderedUser(Journal journal, int value) {
    this.log = new Logged("user", journal, value);
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
