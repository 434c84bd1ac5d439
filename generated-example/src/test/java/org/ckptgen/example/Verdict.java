package org.ckptgen.example;

import org.ckptgen.runtime.CkptFormatException;

/** One Java reader's verdict on one image, as the tests that compare readers print it. */
public final class Verdict {
  private Verdict() {}

  /** A read of one image by one reader. */
  @FunctionalInterface
  public interface Read {
    void run() throws Exception;
  }

  /**
   * "valid", or the one line (offset and reason) of the {@link CkptFormatException} the read
   * threw; anything else it throws fails the test that asked.
   */
  public static String of(Read read) throws Exception {
    try {
      read.run();
      return "valid";
    } catch (CkptFormatException e) {
      return e.getMessage();
    }
  }
}
