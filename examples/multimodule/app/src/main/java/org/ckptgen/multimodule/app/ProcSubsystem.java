package org.ckptgen.multimodule.app;

import org.ckptgen.annotations.CheckpointHook;
import org.ckptgen.annotations.RestoreHook;
import org.ckptgen.annotations.Subsystem;
import org.ckptgen.image.hook.CheckpointContext;
import org.ckptgen.image.hook.RestoreContext;

/** The process itself: the application's own subsystem, beside the libraries'. */
@Subsystem("proc")
public final class ProcSubsystem {
  /** The live process. */
  public ProcSection proc;

  public ProcSubsystem(ProcSection proc) {
    this.proc = proc;
  }

  @CheckpointHook
  public ProcSection checkpoint(CheckpointContext ctx) {
    return proc;
  }

  @RestoreHook
  public void restore(RestoreContext ctx, ProcSection state) {
    proc = state;
  }
}
