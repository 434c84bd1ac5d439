package org.ckptgen.example.journal;

import org.ckptgen.annotations.AbortHook;
import org.ckptgen.annotations.CheckpointHook;
import org.ckptgen.annotations.RestoreHook;
import org.ckptgen.annotations.Subsystem;
import org.ckptgen.image.hook.CheckpointContext;
import org.ckptgen.image.hook.RestoreContext;

/** cred: credentials applied at the very end of restart (seeds/002). */
@Subsystem(value = "cred", image = OrderedImage.class, after = {"task", "user"})
final class OrderedCred {
  final Logged log;

  OrderedCred(Journal journal, int value) {
    this.log = new Logged("cred", journal, value);
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
