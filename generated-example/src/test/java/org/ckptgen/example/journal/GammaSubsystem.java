package org.ckptgen.example.journal;

import java.io.IOException;
import org.ckptgen.annotations.AbortHook;
import org.ckptgen.annotations.CheckpointHook;
import org.ckptgen.annotations.RestoreHook;
import org.ckptgen.annotations.Subsystem;
import org.ckptgen.image.CheckpointContext;
import org.ckptgen.image.RestoreContext;

/** A journal subsystem: checkpoints a value and the shared line, logs every hook. */
@Subsystem(value = "gamma", image = JournalImage.class)
public final class GammaSubsystem {
  private final Journal journal;
  public int value;
  /** What restore brought back: the value, and the live object of the shared entry. */
  public Integer restoredValue;
  public Object restoredLine;

  public GammaSubsystem(Journal journal, int value) {
    this.journal = journal;
    this.value = value;
  }

  @CheckpointHook
  State checkpoint(CheckpointContext ctx) throws IOException {
    journal.calls.add("checkpoint gamma");
    if ("gamma".equals(journal.failCheckpointOf)) {
      throw new IOException("gamma cannot checkpoint");
    }
    int ref = ctx.share(journal.sharedLine, JournalImageSchema.ENTRY, () -> new Entry("shared by all"));
    return new State(value, ref);
  }

  @RestoreHook
  int restore(RestoreContext ctx, State state) {
    journal.calls.add("restore gamma");
    if ("gamma".equals(journal.failRestoreOf) && !journal.failByException) {
      return -1;  // EPERM
    }
    if ("gamma".equals(journal.failRestoreOf)) {
      throw new IllegalStateException("gamma cannot restore");
    }
    restoredValue = state.value();
    restoredLine = ctx.restored(state.entryRef(), JournalImageSchema.ENTRY, entry -> new StringBuilder(entry.text()));
    return 0;
  }

  @AbortHook
  void abort(RestoreContext ctx) {
    journal.calls.add("abort gamma");
  }
}
