package test;

import org.ckptgen.annotations.*;
import org.ckptgen.image.hook.CheckpointContext;
import org.ckptgen.image.hook.RestoreContext;

/**
 * A subsystem without an abort hook, whose restore hook returns nothing; it comes after task,
 * out of sorted order.
 */
@Subsystem(value = "note", after = "task")
public final class NoteSubsystem {
  Note live;

  @CheckpointHook
  public Note checkpoint(CheckpointContext ctx) {
    return live;
  }

  @RestoreHook
  public void restore(RestoreContext ctx, Note state) {
    live = state;
  }
}
