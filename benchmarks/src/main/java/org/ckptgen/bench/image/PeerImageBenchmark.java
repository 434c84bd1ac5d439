package org.ckptgen.bench.image;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.ckptgen.bench.TempDirs;
import org.ckptgen.example.Main;
import org.ckptgen.example.model.Model;
import org.ckptgen.example.model.SampleContainer;
import org.ckptgen.image.Trailer;
import org.ckptgen.image.hook.Caller;
import org.ckptgen.image.hook.RestoreContext;
import org.ckptgen.runtime.CkptFormatException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The container of 10,000 tasks checkpointed and restored four ways: by ckptgen (as
 * {@link ImageBenchmark}'s containerCheckpoint and containerRestore), by protobuf-java
 * ({@link ProtoImage}), by Kryo 5 ({@link KryoImage}), and by the generated codecs alone
 * ({@link CodecOnlyImage}: the same records into and out of one buffer, the limit). The three
 * that write files write to an open {@link FileChannel} and restore from the file, read whole
 * into the heap; the page cache is warm for all.
 *
 * <p>The set-up restores each way's image once and fails the run unless the container it gives
 * back describes ({@link SampleContainer#describe}: values and sharing) as the original does,
 * and unless the codec-only records are the ckptgen image's own.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 4, time = 2)
public class PeerImageBenchmark {
  public static final int TASKS = 10_000;

  /** The container, each way's image of it on disk, and the codec-only records and buffer. */
  @State(Scope.Benchmark)
  public static class Images {
    Model.Container container;
    Path dir;
    Path ckptgen;
    Path protobuf;
    Path kryoFile;
    KryoImage kryo;
    CodecOnlyImage records;
    ByteBuffer buffer;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
      container = SampleContainer.scaled(TASKS);
      dir = TempDirs.create("ckptgen-peers");
      ckptgen = dir.resolve("container.ckpt");
      protobuf = dir.resolve("container.pb");
      kryoFile = dir.resolve("container.kryo");
      kryo = new KryoImage();
      try (FileChannel ch = RawIo.create(ckptgen)) {
        Main.dispatch(container).checkpoint(ch);
      }
      try (FileChannel ch = RawIo.create(protobuf)) {
        ProtoImage.checkpoint(container, ch);
      }
      try (FileChannel ch = RawIo.create(kryoFile)) {
        kryo.checkpoint(container, ch);
      }
      records = CodecOnlyImage.of(ckptgen);
      buffer = ByteBuffer.allocate(records.size());
      records.encode(buffer);  // what codecOnlyRestore decodes
      check();
    }

    /** Fails unless every way gives back the container it was given. */
    void check() throws Exception {
      String expected = SampleContainer.describe(container);
      same("ckptgen", expected, restoreCkptgen(ckptgen));
      same("protobuf", expected, ProtoImage.restore(protobuf));
      same("Kryo", expected, kryo.restore(kryoFile));
      records.sameRecordsAs(ckptgen);
    }

    private static void same(String way, String expected, Model.Container restored) {
      if (!SampleContainer.describe(restored).equals(expected)) {
        throw new IllegalStateException(way + ": the restored container is not the one checkpointed");
      }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
      TempDirs.delete(dir);
    }
  }

  static Model.Container restoreCkptgen(Path image) throws Exception {
    Model.Container restored = new Model.Container();
    Main.dispatch(restored).restore(image, Caller.privileged(), Set.of(RestoreContext.Flag.KEEP_LSM));
    return restored;
  }

  /**
   * Each way's image size in bytes (ckptgen, protobuf, Kryo, codec-only), after the set-up's
   * checks: BenchMain calls this before it runs anything.
   */
  public static long[] imageSizes() throws Exception {
    Images s = new Images();
    s.setUp();
    try {
      return new long[] {Files.size(s.ckptgen), Files.size(s.protobuf), Files.size(s.kryoFile), s.buffer.capacity()};
    } finally {
      s.tearDown();
    }
  }

  @Benchmark
  public Trailer ckptgenCheckpoint(Images s) throws Exception {
    try (FileChannel ch = RawIo.create(s.ckptgen)) {
      return Main.dispatch(s.container).checkpoint(ch);
    }
  }

  @Benchmark
  public Model.Container ckptgenRestore(Images s) throws Exception {
    return restoreCkptgen(s.ckptgen);
  }

  @Benchmark
  public long protobufCheckpoint(Images s) throws IOException {
    try (FileChannel ch = RawIo.create(s.protobuf)) {
      return ProtoImage.checkpoint(s.container, ch);
    }
  }

  @Benchmark
  public Model.Container protobufRestore(Images s) throws IOException {
    return ProtoImage.restore(s.protobuf);
  }

  @Benchmark
  public long kryoCheckpoint(Images s) throws IOException {
    try (FileChannel ch = RawIo.create(s.kryoFile)) {
      return s.kryo.checkpoint(s.container, ch);
    }
  }

  @Benchmark
  public Model.Container kryoRestore(Images s) throws IOException {
    return s.kryo.restore(s.kryoFile);
  }

  @Benchmark
  public int codecOnlyCheckpoint(Images s) {
    return s.records.encode(s.buffer);
  }

  @Benchmark
  public CodecOnlyImage codecOnlyRestore(Images s) throws CkptFormatException {
    return s.records.decode(s.buffer);
  }
}
