package org.ckptgen.example.fuzz;

import java.lang.management.ManagementFactory;
import java.nio.charset.CharacterCodingException;
import org.ckptgen.runtime.CkptFormatException;

/**
 * What every fuzz test asserts of a reader given any image: it reads it, or refuses it with one
 * {@link CkptFormatException} (one line, an offset within the image, no cause but a record
 * constructor's own rejection), and nothing else escapes: no other exception, no Error
 * (OutOfMemoryError and StackOverflowError included; the fuzz execution's JVM has a 256 MiB heap
 * and a 1 MiB stack). Allocation is bounded by the image's bytes, measured per read on this
 * thread; time by each fuzz test's {@code @Timeout}.
 */
final class Property {
  private Property() {}

  /** A read of one image by one reader. */
  interface Read {
    void run() throws Exception;
  }

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  /**
   * The most a read may allocate for an image of {@code n} bytes: a constant for the reader's own
   * buffers, classes loaded on first use and the JIT's first passes, plus a multiple of the bytes
   * for what it makes of them (decoded records, a JSON text of some 30 characters a byte at most).
   */
  static long allocationLimit(long n) {
    return (16L << 20) + 64 * n;
  }

  /**
   * Runs {@code read} on {@code image}; returns null if it read the image, or its one
   * CkptFormatException. Anything else it throws is passed on, as the fuzzer's finding.
   */
  static CkptFormatException read(byte[] image, String reader, Read read) throws Exception {
    long before = THREADS.getCurrentThreadAllocatedBytes();
    CkptFormatException refused = once(image, reader, read);
    long used = THREADS.getCurrentThreadAllocatedBytes() - before;
    if (used > allocationLimit(image.length)) {
      // The first read of a kind loads classes, and Jazzer instruments them, on this thread: what
      // counts is the second read, which must end the same way.
      before = THREADS.getCurrentThreadAllocatedBytes();
      CkptFormatException again = once(image, reader, read);
      used = THREADS.getCurrentThreadAllocatedBytes() - before;
      sameVerdict(reader, refused, reader + " again", again);
      if (used > allocationLimit(image.length)) {
        throw new AssertionError(reader + " allocated " + used + " bytes for an image of " + image.length
            + " bytes; at most " + allocationLimit(image.length) + " are allowed");
      }
    }
    return refused;
  }

  private static CkptFormatException once(byte[] image, String reader, Read read) throws Exception {
    try {
      read.run();
      return null;
    } catch (CkptFormatException e) {
      requireClean(reader, e, image.length);
      return e;
    }
  }

  private static void requireClean(String reader, CkptFormatException e, long size) {
    String m = e.getMessage();
    if (m.indexOf('\n') >= 0 || m.indexOf('\r') >= 0) {
      throw new AssertionError(reader + ": an error of more than one line: " + m, e);
    }
    if (e.offset() < 0 || e.offset() > size) {
      throw new AssertionError(reader + ": an error at an offset outside the image of " + size + " bytes: " + m, e);
    }
    Throwable cause = e.getCause();
    // the same error at the record's offset in the image (RecordView.shifted)
    while (cause instanceof CkptFormatException) {
      cause = cause.getCause();
    }
    // a record constructor's own check (the codecs wrap it), or bad UTF-8
    if (cause != null && !(cause instanceof IllegalArgumentException) && !(cause instanceof CharacterCodingException)) {
      throw new AssertionError(reader + ": a CkptFormatException hides " + cause, e);
    }
  }

  /** Two readers of one image must both read it, or both refuse it at the same offset for the same reason. */
  static void sameVerdict(String a, CkptFormatException ea, String b, CkptFormatException eb) {
    String va = ea == null ? "valid" : ea.getMessage();
    String vb = eb == null ? "valid" : eb.getMessage();
    if (!va.equals(vb)) {
      throw new AssertionError("two verdicts on one image: " + a + ": " + va + "; " + b + ": " + vb);
    }
  }

  /** Two readers of one image that check in different orders must still agree whether it is valid. */
  static void sameValidity(String a, CkptFormatException ea, String b, CkptFormatException eb) {
    if ((ea == null) != (eb == null)) {
      throw new AssertionError("one reader reads what another refuses: " + a + ": "
          + (ea == null ? "valid" : ea.getMessage()) + "; " + b + ": " + (eb == null ? "valid" : eb.getMessage()));
    }
  }
}
