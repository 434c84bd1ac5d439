package org.ckptgen.bench.image;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;
import java.util.Set;
import org.ckptgen.image.hook.Caller;

/** ImageBenchmark's payload cases in alternating rounds, one JVM: medians, and ckptgen over raw per round. */
public final class AltPayload {
  public static void main(String[] args) throws Exception {
    int rounds = Integer.parseInt(args[0]);
    ImageBenchmark.Payload s = new ImageBenchmark.Payload();
    s.setUp();
    double[] cw = new double[rounds], rw = new double[rounds], cr = new double[rounds], rr = new double[rounds];
    for (int i = -2; i < rounds; i++) {  // two rounds of warm-up
      long t0 = System.nanoTime();
      try (FileChannel ch = RawIo.create(s.image)) {
        PayloadImageDispatch.builder().payload(new PayloadSubsystem(s.source, s.target)).build().checkpoint(ch);
      }
      long t1 = System.nanoTime();
      RawIo.write(s.copy, s.bytes);
      long t2 = System.nanoTime();
      PayloadImageDispatch.builder().payload(new PayloadSubsystem(s.source, s.target)).build()
          .restore(s.image, Caller.privileged(), Set.of());
      long t3 = System.nanoTime();
      RawIo.read(s.image, s.readBuffer);
      long t4 = System.nanoTime();
      if (i >= 0) {
        cw[i] = (t1 - t0) / 1e6; rw[i] = (t2 - t1) / 1e6; cr[i] = (t3 - t2) / 1e6; rr[i] = (t4 - t3) / 1e6;
      }
    }
    s.tearDown();
    System.out.printf("checkpoint %.1f ms, raw write %.1f ms: %.0f%% | restore %.1f ms, raw read %.1f ms: %.0f%%  (medians of %d)%n",
        med(cw), med(rw), 100 * med(rw) / med(cw), med(cr), med(rr), 100 * med(rr) / med(cr), rounds);
  }

  static double med(double[] v) {
    double[] c = v.clone();
    Arrays.sort(c);
    return c.length % 2 == 1 ? c[c.length / 2] : (c[c.length / 2 - 1] + c[c.length / 2]) / 2;
  }
}
