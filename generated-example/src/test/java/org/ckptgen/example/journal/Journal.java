package org.ckptgen.example.journal;

import java.util.ArrayList;
import java.util.List;

/** What the hooks did, in order, and which hook should fail. */
public final class Journal {
  public final List<String> calls = new ArrayList<>();
  /** A live object the subsystems share; restored once for all of them. */
  public final Object sharedLine = new Object();
  public String failRestoreOf;
  public boolean failByException;
  /** When set, the failing restore hook throws this (an Error, say) instead. */
  public Throwable failWith;
  public String failCheckpointOf;
}
