package org.ckptgen.bench.image;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;
import java.util.Set;
import org.ckptgen.image.hook.Caller;

/**
 * ImageBenchmark's payload cases in alternating rounds, one JVM: medians, and raw over ckptgen
 * per case. Restore twice: the hook copying the payload into its own buffer, and the hook
 * adopting the restored view; and the raw read twice: into one warm buffer (the target's
 * baseline) and into a buffer allocated for it, as the adopting restore's memory is.
 */
public final class AltPayload {
  public static void main(String[] args) throws Exception {
    int rounds = Integer.parseInt(args[0]);
    ImageBenchmark.Payload s = new ImageBenchmark.Payload();
    s.setUp();
    String[] names = {"checkpoint", "raw write", "restore (copy)", "restore (adopt)", "raw read", "raw read (fresh)"};
    double[][] t = new double[names.length][rounds];
    for (int i = -2; i < rounds; i++) {  // two rounds of warm-up
      long[] at = new long[names.length + 1];
      at[0] = System.nanoTime();
      try (FileChannel ch = RawIo.create(s.image)) {
        PayloadImageDispatch.builder().payload(new PayloadSubsystem(s.source, s.target)).build().checkpoint(ch);
      }
      at[1] = System.nanoTime();
      RawIo.write(s.copy, s.bytes);
      at[2] = System.nanoTime();
      PayloadImageDispatch.builder().payload(new PayloadSubsystem(s.source, s.target)).build()
          .restore(s.image, Caller.privileged(), Set.of());
      at[3] = System.nanoTime();
      PayloadSubsystem adopting = PayloadSubsystem.adopting(s.source);
      PayloadImageDispatch.builder().payload(adopting).build().restore(s.image, Caller.privileged(), Set.of());
      s.adopted = adopting.adopted();
      at[4] = System.nanoTime();
      RawIo.read(s.image, s.readBuffer);
      at[5] = System.nanoTime();
      s.adopted = ByteBuffer.allocate(s.bytes.capacity());
      RawIo.readChunked(s.image, s.adopted);
      at[6] = System.nanoTime();
      for (int k = 0; i >= 0 && k < names.length; k++) {
        t[k][i] = (at[k + 1] - at[k]) / 1e6;
      }
    }
    s.tearDown();
    for (int k = 0; k < names.length; k++) {
      System.out.printf("%-17s %8.1f ms%n", names[k], med(t[k]));
    }
    System.out.printf("checkpoint: %.0f%% of the raw write | restore (copy): %.0f%%, restore (adopt): %.0f%% of the raw read"
        + " | restore (adopt): %.0f%% of the fresh raw read  (medians of %d)%n", 100 * med(t[1]) / med(t[0]),
        100 * med(t[4]) / med(t[2]), 100 * med(t[4]) / med(t[3]), 100 * med(t[5]) / med(t[3]), rounds);
  }

  static double med(double[] v) {
    double[] c = v.clone();
    Arrays.sort(c);
    return c.length % 2 == 1 ? c[c.length / 2] : (c[c.length / 2 - 1] + c[c.length / 2]) / 2;
  }
}
