package org.ckptgen.bench;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.ckptgen.bench.codec.EncodedSizes;
import org.ckptgen.bench.image.ImageBenchmark;
import org.ckptgen.bench.image.PeerImageBenchmark;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the benchmarks in one JMH run, with the allocation profiler, and prints the tables of
 * benchmarks/README.md: codecs (ns/op, B/op, encoded size), whole images (MB/s against raw I/O),
 * the container image against its peers (ms/op, ckptgen's time over each peer's, MB/op) and the
 * processor (javac's time as structs grow). Takes JMH's own options, so that
 * {@code -f 1 -wi 1 -i 1 -w 1s -r 1s -p structs=100} makes the short run of the README.
 *
 * <p>usage: {@code java -jar benchmarks.jar [JMH options]}; {@code -l} and {@code -h} go to JMH's
 * own main, as does {@code java -cp benchmarks.jar org.openjdk.jmh.Main}. The jar's manifest
 * opens {@code jdk.internal.misc} to Agrona, which SBE's codecs run on.
 */
public final class BenchMain {
  private static final String[] CODECS = {"ckptgen", "handByteBuffer", "handVarHandle", "sbe", "protobuf"};
  private static final String[] CODEC_NAMES = {"ckptgen (generated)", "hand-written ByteBuffer",
      "hand-written VarHandle over byte[]", "SBE 1.34.1", "protobuf-java 4.32.1"};

  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    if (java.util.Arrays.asList(args).contains("-l") || java.util.Arrays.asList(args).contains("-h")) {
      org.openjdk.jmh.Main.main(args);
      return;
    }
    Options options = new OptionsBuilder().parent(new CommandLineOptions(args)).addProfiler(GCProfiler.class).build();
    String sizes = EncodedSizes.table();  // checks the codecs agree before anything is timed
    long[] images = ImageBenchmark.imageSizes();
    long[] peerImages = PeerImageBenchmark.imageSizes();  // checks every way restores the container it was given
    Collection<RunResult> results = new Runner(options).run();

    Map<String, RunResult> byName = new HashMap<>();
    for (RunResult r : results) {
      String name = r.getParams().getBenchmark();
      String structs = r.getParams().getParam("structs");
      byName.put(name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1)
          + (structs == null ? "" : "@" + structs), r);
    }
    StringBuilder out = new StringBuilder("\n");
    codecs(byName, out);
    out.append("\nEncoded sizes:\n\n").append(sizes);
    images(byName, images, out);
    peers(byName, peerImages, out);
    processor(byName, out);
    System.out.print(out);
  }

  private static void codecs(Map<String, RunResult> r, StringBuilder out) {
    out.append("Codecs, ns/op (99.9% CI), and in brackets the time relative to ckptgen's:\n\n");
    codecTable(r, out, (own, ckptgen) -> score(own.getPrimaryResult())
        + (ckptgen == null ? "" : String.format(Locale.ROOT, " (%.2f)",
            own.getPrimaryResult().getScore() / ckptgen.getPrimaryResult().getScore())));
    out.append("\nAllocated per operation, B/op (-prof gc):\n\n");
    codecTable(r, out, (own, ckptgen) -> {
      Result<?> alloc = own.getSecondaryResults().get("gc.alloc.rate.norm");
      return alloc == null ? "-" : String.format(Locale.ROOT, "%.0f", alloc.getScore());
    });
  }

  /** A row per codec, a column per record and operation; {@code cell} gets the codec's result and ckptgen's. */
  private static void codecTable(Map<String, RunResult> r, StringBuilder out,
      java.util.function.BiFunction<RunResult, RunResult, String> cell) {
    out.append("| codec | cred encode | cred decode | groupinfo encode | groupinfo decode |\n")
        .append("|---|---:|---:|---:|---:|\n");
    for (int i = 0; i < CODECS.length; i++) {
      out.append("| ").append(CODEC_NAMES[i]);
      for (String op : new String[] {"CredBenchmark.encode_", "CredBenchmark.decode_",
          "GroupInfoBenchmark.encode_", "GroupInfoBenchmark.decode_"}) {
        RunResult own = r.get(op + CODECS[i]);
        out.append(" | ").append(own == null ? "-" : cell.apply(own, r.get(op + "ckptgen")));
      }
      out.append(" |\n");
    }
  }

  private static void images(Map<String, RunResult> r, long[] sizes, StringBuilder out) {
    out.append("\nWhole images, ms/op (99.9% CI) and MB/s (10^6 bytes), against raw FileChannel I/O of the same bytes:\n\n")
        .append("| image | bytes | operation | ckptgen | raw FileChannel | ckptgen / raw throughput |\n")
        .append("|---|---:|---|---:|---:|---:|\n");
    String[] images = {"container", "payload"};
    String[] labels = {"container, 10,000 tasks", "one 256 MiB payload"};
    String[][] ops = {{"Checkpoint", "RawWrite", "checkpoint"}, {"Restore", "RawRead", "restore"}};
    for (int i = 0; i < images.length; i++) {
      for (String[] op : ops) {
        RunResult own = r.get("ImageBenchmark." + images[i] + op[0]);
        RunResult raw = r.get("ImageBenchmark." + images[i] + op[1]);
        if (own == null || raw == null) {
          continue;
        }
        double ownMs = own.getPrimaryResult().getScore();
        double rawMs = raw.getPrimaryResult().getScore();
        double share = 100 * rawMs / ownMs;
        out.append(String.format(Locale.ROOT, "| %s | %,d | %s | %s ms, %.0f MB/s | %s ms, %.0f MB/s | " + (share < 10 ? "%.1f" : "%.0f") + "%% |\n",
            labels[i], sizes[i], op[2], score(own.getPrimaryResult()), sizes[i] / ownMs / 1e3,
            score(raw.getPrimaryResult()), sizes[i] / rawMs / 1e3, share));
      }
    }
  }

  private static final String[] WAYS = {"ckptgen", "protobuf", "kryo", "codecOnly"};
  private static final String[] WAY_NAMES = {"ckptgen", "protobuf-java 4.32.1, length-delimited records",
      "Kryo 5.6.2, the live graph", "codec-only: the generated codecs, one buffer"};

  /** The container image four ways, and ckptgen's time over each peer's (below 1: ckptgen is faster). */
  private static void peers(Map<String, RunResult> r, long[] sizes, StringBuilder out) {
    out.append("\nThe container of 10,000 tasks against peers doing the same work, ms/op (99.9% CI),")
        .append(" in brackets ckptgen's time over the way's, and MB allocated per operation (-prof gc):\n\n")
        .append("| way | bytes | checkpoint | restore | checkpoint allocates | restore allocates |\n")
        .append("|---|---:|---:|---:|---:|---:|\n");
    for (int i = 0; i < WAYS.length; i++) {
      out.append("| ").append(WAY_NAMES[i]).append(String.format(Locale.ROOT, " | %,d", sizes[i]));
      for (String op : new String[] {"Checkpoint", "Restore"}) {
        RunResult own = r.get("PeerImageBenchmark." + WAYS[i] + op);
        RunResult ckptgen = r.get("PeerImageBenchmark.ckptgen" + op);
        out.append(" | ").append(own == null ? "-" : score(own.getPrimaryResult())
            + (ckptgen == null || i == 0 ? "" : String.format(Locale.ROOT, " (%.2f)",
                ckptgen.getPrimaryResult().getScore() / own.getPrimaryResult().getScore())));
      }
      for (String op : new String[] {"Checkpoint", "Restore"}) {
        RunResult own = r.get("PeerImageBenchmark." + WAYS[i] + op);
        Result<?> alloc = own == null ? null : own.getSecondaryResults().get("gc.alloc.rate.norm");
        out.append(" | ").append(alloc == null ? "-" : String.format(Locale.ROOT, "%.1f MB", alloc.getScore() / 1e6));
      }
      out.append(" |\n");
    }
  }

  private static void processor(Map<String, RunResult> r, StringBuilder out) {
    out.append("\nThe processor: javac in process, ms per compile (99.9% CI):\n\n")
        .append("| structs | javac | javac, sources + generated Java, no processing | javac + ckptgen | ckptgen adds | of which javac on the generated Java | the rest (processing) |\n")
        .append("|---:|---:|---:|---:|---:|---:|---:|\n");
    for (String n : new String[] {"100", "1000", "3000"}) {
      RunResult plain = r.get("ProcessorBenchmark.javac@" + n);
      RunResult both = r.get("ProcessorBenchmark.javacOfSourcesAndGenerated@" + n);
      RunResult with = r.get("ProcessorBenchmark.javacWithCkptgen@" + n);
      if (plain == null || both == null || with == null) {
        continue;
      }
      double p = plain.getPrimaryResult().getScore();
      double b = both.getPrimaryResult().getScore();
      double w = with.getPrimaryResult().getScore();
      out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | +%.0f%% | +%.0f%% | +%.0f%% |\n", n,
          score(plain.getPrimaryResult()), score(both.getPrimaryResult()), score(with.getPrimaryResult()),
          100 * (w - p) / p, 100 * (b - p) / p, 100 * (w - b) / p));
    }
  }

  /** The score and its error, to one decimal, or to three below 1 (a raw read of a few MB takes tens of microseconds). */
  private static String score(Result<?> result) {
    double error = result.getScoreError();
    String f = result.getScore() < 1 ? "%.3f" : "%.1f";
    return Double.isNaN(error)
        ? String.format(Locale.ROOT, f, result.getScore())
        : String.format(Locale.ROOT, f + " ± " + f, result.getScore(), error);
  }
}
