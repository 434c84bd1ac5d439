package org.ckptgen.example.journal;

import java.io.IOException;
import org.ckptgen.image.hook.CheckpointContext;
import org.ckptgen.image.hook.RestoreContext;

/** What every journal subsystem does, logged under its name; each subsystem's hooks call it. */
public final class Logged {
  private final String name;
  private final Journal journal;
  public int value;
  /** What restore brought back: the value, and the live object of the shared entry. */
  public Integer restoredValue;
  public Object restoredLine;

  Logged(String name, Journal journal, int value) {
    this.name = name;
    this.journal = journal;
    this.value = value;
  }

  State checkpoint(CheckpointContext ctx) throws IOException {
    journal.calls.add("checkpoint " + name);
    if (name.equals(journal.failCheckpointOf)) {
      throw new IOException(name + " cannot checkpoint");
    }
    int ref = ctx.share(journal.sharedLine, JournalImageSchema.ENTRY, () -> new Entry("shared by all"));
    return new State(value, ref);
  }

  int restore(RestoreContext ctx, State state) {
    journal.calls.add("restore " + name);
    if (name.equals(journal.failRestoreOf) && journal.failWith != null) {
      throw Logged.<RuntimeException>sneaky(journal.failWith);
    }
    if (name.equals(journal.failRestoreOf) && !journal.failByException) {
      return -1;  // EPERM
    }
    if (name.equals(journal.failRestoreOf)) {
      throw new IllegalStateException(name + " cannot restore");
    }
    restoredValue = state.value();
    restoredLine = state.entryRef() == 0 ? null  // optional: 0 is none
        : ctx.restored(state.entryRef(), JournalImageSchema.ENTRY, entry -> new StringBuilder(entry.text()));
    return 0;
  }

  /** Throws any Throwable, checked ones included, as a hook of other code might. */
  @SuppressWarnings("unchecked")
  private static <E extends Throwable> E sneaky(Throwable t) throws E {
    throw (E) t;
  }

  void abort() {
    journal.calls.add("abort " + name);
  }
}
