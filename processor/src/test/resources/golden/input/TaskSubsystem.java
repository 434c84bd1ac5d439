package test;

import org.ckptgen.annotations.*;
import org.ckptgen.image.hook.CheckpointContext;
import org.ckptgen.image.hook.RestoreContext;

/** A subsystem with all three hooks; its restore hook returns 0 or -errno. */
@Subsystem("task")
public final class TaskSubsystem {
  Task live;

  @CheckpointHook
  public Task checkpoint(CheckpointContext ctx) {
    return live;
  }

  @RestoreHook
  public int restore(RestoreContext ctx, Task state) {
    live = state;
    return 0;
  }

  @AbortHook
  public void abort(RestoreContext ctx) {
    live = null;
  }
}
