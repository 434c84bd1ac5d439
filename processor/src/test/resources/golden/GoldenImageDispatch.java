package test;

import java.io.IOException;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Generated;
import org.ckptgen.image.AtomicFile;
import org.ckptgen.image.ImageChecker;
import org.ckptgen.image.ImageReader;
import org.ckptgen.image.ImageWriter;
import org.ckptgen.image.RecordView;
import org.ckptgen.image.Signing;
import org.ckptgen.image.Trailer;
import org.ckptgen.image.hook.Caller;
import org.ckptgen.image.hook.CheckpointContext;
import org.ckptgen.image.hook.CheckpointException;
import org.ckptgen.image.hook.RestoreContext;
import org.ckptgen.image.hook.RestoreException;
import org.ckptgen.runtime.CkptFormatException;

/**
 * Checkpoints and restores "golden" images through its subsystems, in dispatch order (their
 * {@code @Subsystem(after, before)}, then by name; aborts in reverse):
 * {@code task}, {@code note}.
 */
@Generated("org.ckptgen.processor.CkptProcessor")
public final class GoldenImageDispatch {
  /**
   * The subsystems' names, in the order their hooks run.
   */
  public static final List<String> SUBSYSTEMS = List.of("task", "note");

  private static final ImageChecker.Expectation EXPECTATION = new ImageChecker.Expectation(GoldenImageSchema.trusted(),
      GoldenImageSchema::codec);

  private final TaskSubsystem task;

  private final NoteSubsystem note;

  /**
   * Signs every image checkpoint writes; null: unsigned images.
   */
  private final PrivateKey signingKey;

  /**
   * The key restore requires images to be signed with; null: any image, its signature unchecked.
   */
  private final PublicKey requiredKey;

  private GoldenImageDispatch(TaskSubsystem task, NoteSubsystem note, PrivateKey signingKey,
      PublicKey requiredKey) {
    this.task = task;
    this.note = note;
    this.signingKey = signingKey;
    this.requiredKey = requiredKey;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Checkpoints every subsystem into the image at {@code path}, which is replaced only once the
   * new image is whole and on disk: after a failure, an earlier image there is left as it was.
   */
  public Trailer checkpoint(Path path) throws IOException, CheckpointException {
    List<Trailer> done = new ArrayList<>(1);
    AtomicFile.<CheckpointException>write(path, channel -> done.add(checkpoint(channel)));
    return done.get(0);
  }

  /**
   * Checkpoints every subsystem, in dispatch order ({@link #SUBSYSTEMS}), as one image written
   * to {@code out}; signed, by a dispatch built with {@link Builder#signWith}.
   *
   * @throws CheckpointException naming the subsystem whose hook failed
   */
  public Trailer checkpoint(WritableByteChannel out) throws IOException, CheckpointException {
    Instant now = Instant.now();
    ImageWriter writer = new ImageWriter(out, GoldenImageSchema.header(now.getEpochSecond() * 1_000_000_000L + now.getNano()),
        GoldenImageSchema.fields(), GoldenImageSchema.enums(), GoldenImageSchema.subsystems(), signingKey);
    CheckpointContext ctx = new CheckpointContext(writer);
    writer.beginSection("task");
    try {
      writer.write(GoldenImageSchema.TASK, Objects.requireNonNull(task.checkpoint(ctx), "the checkpoint hook returned null"));
    } catch (Throwable e) {
      // a hook may throw anything, Errors included; the image is abandoned and the cause kept
      throw new CheckpointException("task", e);
    }
    writer.beginSection("note");
    try {
      writer.write(GoldenImageSchema.NOTE, Objects.requireNonNull(note.checkpoint(ctx), "the checkpoint hook returned null"));
    } catch (Throwable e) {
      // a hook may throw anything, Errors included; the image is abandoned and the cause kept
      throw new CheckpointException("note", e);
    }
    return writer.finish();
  }

  /**
   * Restores every subsystem from the image at {@code path}, all or nothing: the whole image is checked
   * first; then the restore hooks run in dispatch order ({@link #SUBSYSTEMS}), and if one fails,
   * the subsystems restored before it are aborted in reverse order. A dispatch built with
   * {@link Builder#requireSignature} first requires the image to be signed by that key.
   *
   * @param caller who asks, so hooks can refuse what the caller could not do itself
   * @throws CkptFormatException if the image is bad; no hook has run
   * @throws RestoreException naming the subsystem, record and reason of the hook that failed, whether it
   *     returned non-zero or threw, an Error included (the Throwable is the cause); only an
   *     Error thrown while this exception itself is made (the heap exhausted) can escape instead
   */
  public void restore(Path path, Caller caller, Set<RestoreContext.Flag> flags) throws IOException,
      CkptFormatException, RestoreException {
    try (ImageReader image = ImageReader.open(path)) {
      restore(image, caller, flags);
    }
  }

  /**
   * Restores every subsystem from the image read from {@code in}, all or nothing: the whole image is checked
   * first; then the restore hooks run in dispatch order ({@link #SUBSYSTEMS}), and if one fails,
   * the subsystems restored before it are aborted in reverse order. A dispatch built with
   * {@link Builder#requireSignature} first requires the image to be signed by that key.
   *
   * @param caller who asks, so hooks can refuse what the caller could not do itself
   * @throws CkptFormatException if the image is bad; no hook has run
   * @throws RestoreException naming the subsystem, record and reason of the hook that failed, whether it
   *     returned non-zero or threw, an Error included (the Throwable is the cause); only an
   *     Error thrown while this exception itself is made (the heap exhausted) can escape instead
   */
  public void restore(ReadableByteChannel in, Caller caller, Set<RestoreContext.Flag> flags) throws
      IOException, CkptFormatException, RestoreException {
    try (ImageReader image = ImageReader.open(in)) {
      restore(image, caller, flags);
    }
  }

  private void restore(ImageReader image, Caller caller, Set<RestoreContext.Flag> flags) throws
      CkptFormatException, RestoreException {
    ImageChecker.Checked checked = ImageChecker.check(image, EXPECTATION, requiredKey);
    RestoreContext ctx = new RestoreContext(caller, flags, checked.objects());
    RecordView[] states = {checked.states().get("task"), checked.states().get("note")};
    RestoreException failure = null;
    int restored = 0;
    try {
      int taskCode = task.restore(ctx, checked.state("task", GoldenImageSchema.TASK));
      if (taskCode != 0) {
        throw failure = RestoreException.returned("task", states[0], taskCode);
      }
      restored++;
      note.restore(ctx, checked.state("note", GoldenImageSchema.NOTE));
      restored++;
    } catch (Throwable e) {
      // whatever a hook throws, Errors included (a StackOverflowError unwinds before this runs):
      // the subsystems restored so far are undone, and the caller gets one RestoreException
      if (e != failure) {
        failure = RestoreException.threw(SUBSYSTEMS.get(restored), states[restored], e);
      }
      abort(restored, ctx, failure);
      throw failure;
    }
  }

  /**
   * Undoes the first {@code restored} subsystems, last first; what an abort hook throws, Errors
   * included, is kept with {@code failure}, and the other aborts still run.
   */
  private void abort(int restored, RestoreContext ctx, RestoreException failure) {
    for (int i = restored - 1; i >= 0; i--) {
      try {
        switch (i) {
          case 0 -> task.abort(ctx);
          case 1 -> { } // note has no abort hook
          default -> throw new AssertionError(i);
        }
      } catch (Throwable e) {
        failure.addSuppressed(e);
      }
    }
  }

  /**
   * Takes every subsystem; {@link #build()} refuses to go without one.
   */
  public static final class Builder {
    private TaskSubsystem task;

    private NoteSubsystem note;

    private PrivateKey signingKey;

    private PublicKey requiredKey;

    private Builder() {
    }

    /**
     * The {@code task} subsystem.
     */
    public Builder task(TaskSubsystem task) {
      this.task = Objects.requireNonNull(task, "task");
      return this;
    }

    /**
     * The {@code note} subsystem.
     */
    public Builder note(NoteSubsystem note) {
      this.note = Objects.requireNonNull(note, "note");
      return this;
    }

    /**
     * Signs every image that checkpoint writes with {@code key}, an Ed25519 private key: a
     * signature record before the trailer covers every byte before it (docs/FORMAT.md).
     *
     * @throws IllegalArgumentException if {@code key} is not an Ed25519 private key
     */
    public Builder signWith(PrivateKey key) {
      this.signingKey = Signing.signingKey(key);
      return this;
    }

    /**
     * Makes restore refuse every image that {@code key}, an Ed25519 public key, did not sign:
     * unsigned, signed by another key, or changed by a byte since; checked after the framing and
     * checksum, before anything else of the image is believed and before any hook runs.
     *
     * @throws IllegalArgumentException if {@code key} is not an Ed25519 public key
     */
    public Builder requireSignature(PublicKey key) {
      this.requiredKey = Signing.verifyingKey(key);
      return this;
    }

    /**
     * @throws IllegalStateException if a subsystem was not given
     */
    public GoldenImageDispatch build() {
      if (task == null) {
        throw new IllegalStateException("the \"task\" subsystem (TaskSubsystem) was not given to the builder");
      }
      if (note == null) {
        throw new IllegalStateException("the \"note\" subsystem (NoteSubsystem) was not given to the builder");
      }
      return new GoldenImageDispatch(task, note, signingKey, requiredKey);
    }
  }
}
