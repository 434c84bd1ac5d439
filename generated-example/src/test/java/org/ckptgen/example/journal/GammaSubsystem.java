package org.ckptgen.example.journal;

import java.io.IOException;
import org.ckptgen.annotations.AbortHook;
import org.ckptgen.annotations.CheckpointHook;
import org.ckptgen.annotations.RestoreHook;
import org.ckptgen.annotations.Subsystem;
import org.ckptgen.image.hook.CheckpointContext;
import org.ckptgen.image.hook.RestoreContext;

/** A journal subsystem. */
@Subsystem(value = "gamma", image = JournalImage.class)
public final class GammaSubsystem {
  public final Logged log;

  public GammaSubsystem(Journal journal, int value) {
    this.log = new Logged("gamma", journal, value);
  }

  @CheckpointHook
  State checkpoint(CheckpointContext ctx) throws IOException {
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
