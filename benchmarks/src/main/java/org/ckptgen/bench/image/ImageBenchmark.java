package org.ckptgen.bench.image;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
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
 * Whole images against raw I/O on the same bytes. Checkpoint goes to an open {@link FileChannel},
 * as the raw write does: {@code checkpoint(Path)} adds the same fsync and rename any careful
 * writer pays, which would only hide the difference. Restore reads from the file (mapped, every
 * byte checked against the CRC32C, every record decoded and handed to its subsystem); the raw
 * read lands the same bytes in a buffer. The page cache is warm for both.
 *
 * <p>{@code bytes} in the results is the image size; MB/s = bytes / time.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 4, time = 2)
public class ImageBenchmark {

  /**
   * An image on disk, with its bytes in memory for the raw write and a buffer for the raw read:
   * {@link #written} checkpoints it once, at the start of a trial.
   */
  abstract static class ImageOnDisk {
    Path dir;
    Path image;
    Path copy;
    ByteBuffer bytes;
    ByteBuffer readBuffer;

    /** Checkpoints the state of the subclass to {@link #image}. */
    abstract void checkpoint() throws Exception;

    void written(String name) throws Exception {
      dir = TempDirs.create("ckptgen-bench");
      image = dir.resolve(name);
      copy = dir.resolve("raw.bin");
      checkpoint();
      bytes = RawIo.load(image);
      readBuffer = ByteBuffer.allocateDirect(bytes.capacity());
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
      TempDirs.delete(dir);
    }
  }

  /** The model container scaled to 10,000 tasks. */
  @State(Scope.Benchmark)
  public static class Container extends ImageOnDisk {
    public static final int TASKS = 10_000;
    Model.Container container;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
      container = SampleContainer.scaled(TASKS);
      written("container.ckpt");
    }

    @Override
    void checkpoint() throws Exception {
      Main.dispatch(container).checkpoint(image);
    }
  }

  /**
   * A 256 MiB payload in one record, restored by copying it into a buffer of the process's
   * ({@code payloadRestore}) or by adopting the restored view ({@code payloadRestoreAdopt}).
   */
  @State(Scope.Benchmark)
  public static class Payload extends ImageOnDisk {
    public static final int SIZE = 256 << 20;
    ByteBuffer source;
    ByteBuffer target;
    /** What the last adopting restore (or fresh raw read) holds; replaced by the next. */
    ByteBuffer adopted;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
      source = ByteBuffer.allocateDirect(SIZE);
      for (int at = 0; at < SIZE; at += 8) {
        source.putLong(at, at * 0x9e3779b97f4a7c15L);
      }
      target = ByteBuffer.allocateDirect(SIZE);
      written("payload.ckpt");
    }

    @Override
    void checkpoint() throws Exception {
      PayloadImageDispatch.builder().payload(new PayloadSubsystem(source, target)).build().checkpoint(image);
    }
  }

  /** The sizes of the two images in bytes, container then payload, for MB/s. */
  public static long[] imageSizes() throws Exception {
    Container c = new Container();
    Payload p = new Payload();
    c.setUp();
    p.setUp();
    try {
      return new long[] {c.bytes.capacity(), p.bytes.capacity()};
    } finally {
      c.tearDown();
      p.tearDown();
    }
  }

  @Benchmark
  public Trailer containerCheckpoint(Container s) throws Exception {
    try (FileChannel ch = RawIo.create(s.image)) {
      return Main.dispatch(s.container).checkpoint(ch);
    }
  }

  @Benchmark
  public long containerRawWrite(Container s) throws IOException {
    return RawIo.write(s.copy, s.bytes);
  }

  @Benchmark
  public Model.Container containerRestore(Container s) throws Exception {
    Model.Container restored = new Model.Container();
    Main.dispatch(restored).restore(s.image, Caller.privileged(), Set.of(RestoreContext.Flag.KEEP_LSM));
    return restored;
  }

  @Benchmark
  public long containerRawRead(Container s) throws IOException {
    return RawIo.read(s.image, s.readBuffer);
  }

  @Benchmark
  public Trailer payloadCheckpoint(Payload s) throws Exception {
    try (FileChannel ch = RawIo.create(s.image)) {
      return PayloadImageDispatch.builder().payload(new PayloadSubsystem(s.source, s.target)).build().checkpoint(ch);
    }
  }

  @Benchmark
  public long payloadRawWrite(Payload s) throws IOException {
    return RawIo.write(s.copy, s.bytes);
  }

  @Benchmark
  public int payloadRestore(Payload s) throws Exception {
    PayloadImageDispatch.builder().payload(new PayloadSubsystem(s.source, s.target)).build()
        .restore(s.image, Caller.privileged(), Set.of());
    return s.target.remaining();
  }

  @Benchmark
  public long payloadRawRead(Payload s) throws IOException {
    return RawIo.read(s.image, s.readBuffer);
  }

  /**
   * Restore by a hook that adopts its payload (a view of the reader's private copy) instead of
   * copying it: every byte lands once, as in the raw read, but in memory the reader allocates
   * for each restore, where the raw read reuses one warm buffer.
   */
  @Benchmark
  public int payloadRestoreAdopt(Payload s) throws Exception {
    PayloadSubsystem payload = PayloadSubsystem.adopting(s.source);
    PayloadImageDispatch.builder().payload(payload).build().restore(s.image, Caller.privileged(), Set.of());
    s.adopted = payload.adopted();  // held until the next restore replaces it, as a subsystem holds its memory
    return s.adopted.remaining();
  }

  /**
   * Not a target's baseline: the raw read into a heap buffer allocated for it, as the reader's
   * private copy is, to show what fresh memory costs on this machine.
   */
  @Benchmark
  public long payloadRawReadFresh(Payload s) throws IOException {
    s.adopted = ByteBuffer.allocate(s.bytes.capacity());
    return RawIo.readChunked(s.image, s.adopted);
  }
}
