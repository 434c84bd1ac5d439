package org.ckptgen.bench.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.ckptgen.bench.TempDirs;

/**
 * The build's cost as a user's build pays it: whole processes, one per tool, on one generated
 * schema of {@code N} structs (benchmarks/README.md, "Build cost, whole processes").
 *
 * <ul>
 *   <li>{@code javac}: javac of the records, processing off;
 *   <li>{@code ckptgen}: javac of the records with ckptgen's processor on the processor path,
 *       which also compiles the Java it generates;
 *   <li>{@code protobuf}: protoc on the same messages as one .proto file, then javac of its Java;
 *   <li>{@code sbe}: sbe-tool on the same messages as one SBE schema, then javac of its Java.
 * </ul>
 *
 * <p>Rounds alternate the builds ({@code javac ckptgen protobuf sbe}, again, ...), so that a
 * change of load hits them alike; the table gives each build's median and the Java lines it
 * compiled. The linearity mode ({@code --linear 1000,2000,5000,10000}) does the same for javac
 * and ckptgen at several sizes, every size in every round.
 *
 * <p>usage: {@code java -cp benchmarks/target/benchmarks.jar org.ckptgen.bench.processor.BuildCost
 * [--structs N] [--rounds R] [--linear N,N,...] [--builds javac,ckptgen,protobuf,sbe]
 * [--work DIR] [--tools DIR] [--base PROCESSOR_PATH]}. With {@code --base}, the build {@code base}
 * is ckptgen's with that processor path instead (a processor jar from before a change), for an
 * A/B within one run: {@code --builds javac,base,ckptgen,sbe}. The tools (protoc, and the class paths of the processor, of
 * ckptgen's jars, of protobuf-java, of sbe-tool and Agrona) are the Maven artifacts the
 * benchmarks module's build copies or lists into {@code benchmarks/target/build-tools}.
 */
public final class BuildCost {
  private static final String[] ALL = {"javac", "ckptgen", "protobuf", "sbe"};
  private static final Map<String, String> LABELS = Map.of(
      "javac", "javac of the records, processing off",
      "ckptgen", "javac with ckptgen",
      "protobuf", "protoc, then javac of its Java, for the same %,d messages",
      "sbe", "sbe-tool, then javac of its Java, for the same %,d messages",
      "base", "javac with the baseline processor (--base)");

  /** GNU time, to count each process's CPU time beside its wall time. */
  private static final Path TIME = Path.of("/usr/bin/time");

  private final Path tools;
  private final Path work;
  private final Path javaHome = Path.of(System.getProperty("java.home"));
  /** {@code --base PATH}: the processor path of build {@code base}, an A/B baseline for ckptgen. */
  private String baseProcessor;

  private BuildCost(Path tools, Path work) {
    this.tools = tools;
    this.work = work;
  }

  public static void main(String[] args) throws Exception {
    int structs = 1000;
    int rounds = 3;
    int[] linear = null;
    List<String> builds = List.of(ALL);
    String base = null;
    Path jarDir = jarDirectory();
    Path tools = jarDir.resolve("build-tools");
    Path work = jarDir.resolve("buildcost");
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      switch (args[i]) {
        case "--structs" -> structs = positive(args[i], value);
        case "--rounds" -> rounds = positive(args[i], value);
        case "--linear" -> linear = Arrays.stream(need(args[i], value).split(","))
            .mapToInt(s -> positive("--linear", s)).toArray();
        case "--builds" -> builds = List.of(need(args[i], value).split(","));
        case "--work" -> work = Path.of(need(args[i], value));
        case "--tools" -> tools = Path.of(need(args[i], value));
        case "--base" -> base = need(args[i], value);
        default -> fail("unknown argument " + args[i] + "; usage: BuildCost [--structs N] [--rounds R]"
            + " [--linear N,N,...] [--builds javac,ckptgen,protobuf,sbe] [--work DIR] [--tools DIR]");
      }
      i++;
    }
    for (String b : builds) {
      if (!LABELS.containsKey(b)) {
        fail("unknown build " + b + " (known: javac, ckptgen, protobuf, sbe, base)");
      }
    }
    if (!Files.isRegularFile(tools.resolve("processor.classpath"))) {
      fail("no " + tools.resolve("processor.classpath")
          + ": build the benchmarks first (mvn -B -q install -DskipTests -Pbench)");
    }
    if (builds.contains("base") && base == null) {
      fail("the build base needs --base PROCESSOR_PATH");
    }
    BuildCost bench = new BuildCost(tools, work);
    bench.baseProcessor = base;
    System.out.printf(Locale.ROOT, "JDK %s (%s); %d rounds; work in %s%n",
        System.getProperty("java.version"), bench.javaHome, rounds, work);
    System.out.println("load before: " + uptime());
    if (linear == null) {
      bench.table(structs, rounds, builds);
    } else {
      bench.linear(linear, rounds);
    }
    System.out.println("load after: " + uptime());
  }

  /** The issue's table: every build at one size, alternating. */
  private void table(int n, int rounds, List<String> builds) throws IOException, InterruptedException {
    generate(n);
    Map<String, List<Run>> runs = new LinkedHashMap<>();
    for (String b : builds) {
      runs.put(b, new ArrayList<>());
    }
    for (int r = 1; r <= rounds; r++) {
      StringBuilder line = new StringBuilder("round " + r + ":");
      for (String b : builds) {
        Run run = build(b, n);
        runs.get(b).add(run);
        line.append(String.format(Locale.ROOT, " %s %.2f s%s CPU %.1f s;", b, run.seconds(), run.stepTimes(),
            run.cpuSeconds()));
      }
      System.out.println(line + " load " + loadAverages());
    }
    System.out.printf(Locale.ROOT, "%n%,d structs, medians of %d alternating rounds:%n%n", n, rounds);
    System.out.println("| build | median s | Java lines compiled |");
    System.out.println("|---|---:|---:|");
    for (String b : builds) {
      List<Run> rs = runs.get(b);
      System.out.printf(Locale.ROOT, "| %s | %.1f | %,d |%n", String.format(Locale.ROOT, LABELS.get(b), n),
          median(rs, Run::seconds), rs.get(0).javaLines());
    }
    if (!Double.isNaN(runs.get(builds.get(0)).get(0).cpuSeconds())) {
      System.out.println("\nCPU seconds (user + system of the build's processes, /usr/bin/time), medians:"
          + " load moves them less than the wall times\n");
      System.out.println("| build | median CPU s | CPU ms per 1,000 Java lines |");
      System.out.println("|---|---:|---:|");
      for (String b : builds) {
        List<Run> rs = runs.get(b);
        double cpu = median(rs, Run::cpuSeconds);
        System.out.printf(Locale.ROOT, "| %s | %.1f | %.0f |%n", String.format(Locale.ROOT, LABELS.get(b), n),
            cpu, 1e6 * cpu / rs.get(0).javaLines());
      }
    }
    if (runs.containsKey("ckptgen")) {
      System.out.println();
      List<Run> ckptgen = runs.get("ckptgen");
      if (ckptgen.get(0).generatedKinds() != null) {
        System.out.println("ckptgen's generated Java lines: " + ckptgen.get(0).generatedKinds());
      }
      ratio(runs, "sbe", "target <= 0.5");
      ratio(runs, "javac", "target <= 3");
      ratio(runs, "protobuf", "");
      ratio(runs, "base", "A/B: this processor over the baseline");
    }
  }

  /**
   * ckptgen's median over {@code peer}'s, the median of the two's ratios within each round, and
   * the same of CPU times.
   */
  private static void ratio(Map<String, List<Run>> runs, String peer, String target) {
    if (!runs.containsKey(peer)) {
      return;
    }
    List<Run> own = runs.get("ckptgen");
    List<Run> other = runs.get(peer);
    double[] perRound = new double[own.size()];
    for (int i = 0; i < perRound.length; i++) {
      perRound[i] = own.get(i).seconds() / other.get(i).seconds();
    }
    System.out.printf(Locale.ROOT, "ckptgen / %s: %.2f (medians), %.2f (median of the rounds' ratios)", peer,
        median(own, Run::seconds) / median(other, Run::seconds), median(perRound));
    if (!Double.isNaN(own.get(0).cpuSeconds())) {
      System.out.printf(Locale.ROOT, "; CPU %.2f", median(own, Run::cpuSeconds) / median(other, Run::cpuSeconds));
    }
    System.out.println(target.isEmpty() ? "" : " (" + target + ")");
  }

  /** javac and ckptgen at each size; every round builds every size, both ways. */
  private void linear(int[] sizes, int rounds) throws IOException, InterruptedException {
    for (int n : sizes) {
      generate(n);
    }
    List<String> builds = List.of("javac", "ckptgen");
    Map<String, List<Run>> runs = new LinkedHashMap<>();
    for (int r = 1; r <= rounds; r++) {
      StringBuilder line = new StringBuilder("round " + r + ":");
      for (int n : sizes) {
        for (String b : builds) {
          Run run = build(b, n);
          runs.computeIfAbsent(b + "@" + n, k -> new ArrayList<>()).add(run);
          line.append(String.format(Locale.ROOT, " %s@%d %.2f s CPU %.1f s;", b, n, run.seconds(), run.cpuSeconds()));
        }
      }
      System.out.println(line + " load " + loadAverages());
    }
    System.out.printf(Locale.ROOT, "%nLinearity, medians of %d rounds (CPU: user + system seconds):%n%n", rounds);
    System.out.println("| structs | javac s | javac ms/struct | ckptgen s | ckptgen ms/struct | ckptgen / javac"
        + " | ckptgen CPU s | ckptgen CPU ms/struct | Java lines compiled by ckptgen's build |");
    System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (int n : sizes) {
      double javac = median(runs.get("javac@" + n), Run::seconds);
      List<Run> own = runs.get("ckptgen@" + n);
      double ckptgen = median(own, Run::seconds);
      double cpu = median(own, Run::cpuSeconds);
      System.out.printf(Locale.ROOT, "| %,d | %.1f | %.2f | %.1f | %.2f | %.2f | %.1f | %.2f | %,d |%n", n, javac,
          1000 * javac / n, ckptgen, 1000 * ckptgen / n, ckptgen / javac, cpu, 1000 * cpu / n,
          own.get(0).javaLines());
    }
  }

  /** The records, the .proto file and the SBE schema of {@code n} structs, under work/N. */
  private void generate(int n) throws IOException {
    Path dir = work.resolve(Integer.toString(n));
    Path records = dir.resolve("records");
    if (Files.isDirectory(records)) {
      TempDirs.delete(records);
    }
    for (Map.Entry<String, String> f : GeneratedStructs.texts(n).entrySet()) {
      Path p = records.resolve(f.getKey() + ".java");
      Files.createDirectories(p.getParent());
      Files.writeString(p, f.getValue());
    }
    Files.writeString(dir.resolve("bench.proto"), GeneratedStructs.proto(n));
    Files.writeString(dir.resolve("bench.xml"), GeneratedStructs.sbe(n));
  }

  /** One whole build of {@code b} at {@code n} structs, from an empty output directory. */
  private Run build(String b, int n) throws IOException, InterruptedException {
    Path dir = work.resolve(Integer.toString(n));
    Path out = dir.resolve("out-" + b);
    if (Files.exists(out)) {
      TempDirs.delete(out);
    }
    Path classes = Files.createDirectories(out.resolve("classes"));
    Path generated = Files.createDirectories(out.resolve("generated"));
    Path records = dir.resolve("records");
    List<Step> steps = new ArrayList<>();
    switch (b) {
      case "javac" -> steps.add(javac(out, classes, List.of("-proc:none", "-cp", classpath("ckptgen")), javaFiles(records)));
      case "ckptgen", "base" -> steps.add(javac(out, classes, List.of("-cp", classpath("ckptgen"),
          "-processorpath", b.equals("base") ? baseProcessor : classpath("processor"), "-s", generated.toString()),
          javaFiles(records)));
      case "protobuf" -> {
        Path protoc = tools.resolve("protoc");
        if (!Files.isExecutable(protoc) && !protoc.toFile().setExecutable(true)) {
          fail(protoc + " is not executable");
        }
        steps.add(run(out, "protoc", List.of(protoc.toString(), "-I" + dir, "--java_out=" + generated,
            dir.resolve("bench.proto").toString())));
        steps.add(javac(out, classes, List.of("-proc:none", "-cp", classpath("protobuf")), javaFiles(generated)));
      }
      case "sbe" -> {
        steps.add(run(out, "sbe-tool", List.of(javaHome.resolve("bin/java").toString(),
            "-cp", classpath("sbe"), "-Dsbe.output.dir=" + generated, "-Dsbe.target.language=Java",
            "-Dsbe.validation.stop.on.error=true", "uk.co.real_logic.sbe.SbeTool", dir.resolve("bench.xml").toString())));
        steps.add(javac(out, classes, List.of("-proc:none", "-cp", classpath("sbe")), javaFiles(generated)));
      }
      default -> throw new IllegalArgumentException(b);
    }
    List<Path> compiled = new ArrayList<>(b.equals("javac") || b.equals("ckptgen") || b.equals("base")
        ? javaFiles(records) : List.of());
    compiled.addAll(javaFiles(generated));
    long lines = 0;
    for (Path p : compiled) {
      lines += lines(p);
    }
    if (javaFiles(classes, ".class").isEmpty()) {
      fail(b + " wrote no class files (" + out + ")");
    }
    return new Run(steps, lines, b.equals("ckptgen") ? kinds(generated) : null);
  }

  /** javac from the JDK in use on {@code sources} (through an argument file, as Maven does). */
  private Step javac(Path out, Path classes, List<String> options, List<Path> sources)
      throws IOException, InterruptedException {
    List<String> argfile = new ArrayList<>(List.of("-d", classes.toString(), "-encoding", "UTF-8"));
    argfile.addAll(options);
    for (Path s : sources) {
      argfile.add(s.toString());
    }
    Path file = out.resolve("javac.args");
    Files.write(file, argfile);
    return run(out, "javac", List.of(javaHome.resolve("bin/javac").toString(), "@" + file));
  }

  /**
   * Runs {@code command} to its end, its output into {@code out/NAME.log}; returns its wall time
   * and, where {@code /usr/bin/time} is installed to count it, its CPU time (user + system, NaN
   * otherwise), in seconds.
   */
  private static Step run(Path out, String name, List<String> command) throws IOException, InterruptedException {
    Path log = out.resolve(name + ".log");
    Path cpu = out.resolve(name + ".cpu");
    List<String> timed = new ArrayList<>();
    if (Files.isExecutable(TIME)) {
      timed.addAll(List.of(TIME.toString(), "-f", "%U %S", "-o", cpu.toString()));
    }
    timed.addAll(command);
    ProcessBuilder pb = new ProcessBuilder(timed).redirectErrorStream(true).redirectOutput(log.toFile());
    long start = System.nanoTime();
    Process p = pb.start();
    if (!p.waitFor(2, TimeUnit.HOURS)) {
      p.destroyForcibly();
      fail(name + " ran for two hours; see " + log);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (p.exitValue() != 0) {
      fail(name + " failed (exit " + p.exitValue() + "); see " + log);
    }
    double cpuSeconds = Double.NaN;
    if (Files.isRegularFile(cpu)) {
      String[] f = Files.readString(cpu).strip().split("\\s+");
      cpuSeconds = Double.parseDouble(f[f.length - 2]) + Double.parseDouble(f[f.length - 1]);
    }
    return new Step(seconds, cpuSeconds);
  }

  private String classpath(String name) throws IOException {
    return Files.readString(tools.resolve(name + ".classpath")).strip();
  }

  private static List<Path> javaFiles(Path dir) throws IOException {
    return javaFiles(dir, ".java");
  }

  private static List<Path> javaFiles(Path dir, String suffix) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }

  private static long lines(Path p) throws IOException {
    try (Stream<String> lines = Files.lines(p, StandardCharsets.UTF_8)) {
      return lines.count();
    }
  }

  /** ckptgen's generated Java lines: the codecs, and every other file by name (schema, reader, dispatch, ...). */
  private static String kinds(Path generated) throws IOException {
    Map<String, long[]> kinds = new LinkedHashMap<>();
    for (Path p : javaFiles(generated)) {
      String name = p.getFileName().toString().replace(".java", "");
      String kind = name.matches("S\\d+Codec") ? "the codecs" : name.replaceAll("\\d+", "N");
      long[] k = kinds.computeIfAbsent(kind, x -> new long[2]);
      k[0]++;
      k[1] += lines(p);
    }
    StringBuilder s = new StringBuilder();
    kinds.entrySet().stream().sorted((x, y) -> Long.compare(y.getValue()[1], x.getValue()[1])).forEach(e ->
        s.append(s.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%s %,d (%d files)",
            e.getKey(), e.getValue()[1], e.getValue()[0])));
    return s.toString();
  }

  private static double median(List<Run> runs, java.util.function.ToDoubleFunction<Run> f) {
    return median(runs.stream().mapToDouble(f).toArray());
  }

  private static double median(double[] xs) {
    double[] s = xs.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  /** The machine's load: {@code uptime}'s line, or /proc/loadavg where there is no uptime. */
  private static String uptime() {
    try {
      Process p = new ProcessBuilder("uptime").redirectErrorStream(true).start();
      String line = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (p.waitFor() == 0) {
        return line;
      }
    } catch (IOException | InterruptedException e) {
      // fall through to /proc
    }
    return "load average " + loadAverages();
  }

  private static String loadAverages() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException | UncheckedIOException e) {
      return "unknown";
    }
  }

  private static Path jarDirectory() throws URISyntaxException {
    Path code = Path.of(BuildCost.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    return code.getParent();
  }

  private static String need(String option, String value) {
    if (value == null) {
      fail(option + " needs a value");
    }
    return value;
  }

  private static int positive(String option, String value) {
    try {
      int v = Integer.parseInt(need(option, value));
      if (v > 0) {
        return v;
      }
    } catch (NumberFormatException e) {
      // the message below
    }
    fail(option + " needs a positive number, not " + value);
    return 0;
  }

  private static void fail(String message) {
    System.err.println("BuildCost: " + message);
    System.exit(2);
  }

  /** One process of a build: wall and CPU seconds. */
  private record Step(double seconds, double cpuSeconds) {}

  /** One build: its processes, the Java lines it compiled. */
  private record Run(List<Step> steps, long javaLines, String generatedKinds) {
    double seconds() {
      return steps.stream().mapToDouble(Step::seconds).sum();
    }

    double cpuSeconds() {
      return steps.stream().mapToDouble(Step::cpuSeconds).sum();
    }

    /** The processes' wall times, where there are several: " (tool + javac)". */
    String stepTimes() {
      if (steps.size() < 2) {
        return "";
      }
      StringBuilder s = new StringBuilder(" (");
      for (Step d : steps) {
        s.append(s.length() == 2 ? "" : " + ").append(String.format(Locale.ROOT, "%.2f", d.seconds()));
      }
      return s.append(")").toString();
    }
  }
}
