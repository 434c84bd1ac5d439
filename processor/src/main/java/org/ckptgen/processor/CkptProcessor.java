package org.ckptgen.processor;

import com.google.auto.service.AutoService;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import org.ckptgen.annotations.CkptStruct;
import org.ckptgen.processor.diag.Message;
import org.ckptgen.processor.diag.Reporter;
import org.ckptgen.processor.model.StructLayout;

/**
 * The ckptgen annotation processor: a driver that runs four stages each round.
 *
 * <ol>
 *   <li>{@link Discovery}: the {@code @CkptStruct} records, {@code @CheckpointImage} roots and
 *       {@code @Subsystem}s of the round, analysed and laid out (every error of every struct is
 *       reported); a type that waits for a type not generated yet is deferred to the next round.
 *   <li>{@link BuildChecks}: what takes two structs to be wrong, such as a type id or C name twice,
 *       and, once no type is deferred, the subsystems' after/before constraints (one order); and
 *       once every struct is known, the {@link CompatibilityGate}: each image's layouts against
 *       its lock file of released layouts ({@code -Ackptgen.lock}).
 *   <li>{@link Generation}: a codec per struct, then each image's schema, reader and dispatch, and
 *       when the last round is over each image's C header, C reader and schema file.
 *   <li>{@link Output}: the Filer, and {@link CompilationEnd} for {@code -Ackptgen.cOutputDir}.
 * </ol>
 *
 * <p>The driver decides only when generation may run: never once anyone reported an error, nor
 * while a type is deferred.
 */
@AutoService(Processor.class)
@SupportedOptions({CkptProcessor.C_OUTPUT_DIR, CkptProcessor.MODULE_NAME, CkptProcessor.LATE_STRUCTS,
    CompatibilityGate.LOCK, CompatibilityGate.UPDATE})
public final class CkptProcessor extends AbstractProcessor {
  /** {@code -Ackptgen.cOutputDir=DIR}: also write the C headers into DIR. */
  public static final String C_OUTPUT_DIR = "ckptgen.cOutputDir";

  /** {@code -Ackptgen.moduleName=NAME}: the module a library's contributions name (docs/MODULES.md). */
  public static final String MODULE_NAME = "ckptgen.moduleName";

  /**
   * {@code -Ackptgen.lateStructs=true}: write an image's classes in the first round that brings no
   * new struct, for builds where another processor generates structs of an image in a later round
   * than its others. By default they are written with the codecs, in the first round that has the
   * image's structs (and no type waits for one not generated yet): one javac round less.
   */
  public static final String LATE_STRUCTS = "ckptgen.lateStructs";

  /** Where C headers go in the class output, and so in the jar. */
  public static final String INCLUDE_PATH = "META-INF/ckptgen/include/";

  /** Where schema files go in the class output, and so in the jar. */
  public static final String SCHEMA_PATH = "META-INF/ckptgen/";

  private Reporter reporter;
  private Discovered discovered;
  private Discovery discovery;
  private BuildChecks checks;
  private CompatibilityGate gate;
  private Generation generation;

  /** Set once any error was seen: from then on nothing is written. */
  private boolean failed;
  /** Structs laid out but not generated yet, held while any type is deferred. */
  private final List<StructLayout> held = new ArrayList<>();
  /** The processing round, from 1. */
  private int roundNumber;
  /** {@link #LATE_STRUCTS}. */
  private boolean lateStructs;

  /** All of ckptgen's annotations, so that they are claimed and javac's processing lint is quiet. */
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(CkptStruct.class.getPackageName() + ".*");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (reporter == null) {
      reporter = new Reporter(processingEnv.getMessager());
      Output output = new Output(processingEnv, reporter);
      discovered = new Discovered();
      discovered.module = processingEnv.getOptions().getOrDefault(MODULE_NAME, "");
      discovery = new Discovery(processingEnv, reporter, discovered);
      checks = new BuildChecks(processingEnv, reporter, discovered, discovery);
      generation = new Generation(processingEnv, reporter, discovered, discovery, output);
      gate = new CompatibilityGate(processingEnv, reporter, discovered, output);
      String late = processingEnv.getOptions().getOrDefault(LATE_STRUCTS, "false");
      lateStructs = late.equals("true");
      if (!lateStructs && !late.equals("false")) {
        reporter.error(null, Message.BAD_OPTION, LATE_STRUCTS, late, "it is true or false");
      }
    }
    roundNumber++;
    try {
      Discovery.Round found = discovery.round(round);
      List<StructLayout> toCheck = new ArrayList<>(found.fromLibraries());
      toCheck.addAll(found.laidOut());
      checks.check(toCheck);
      generation.lateArrivals(roundNumber);
      // Nothing is written once anyone (javac, another processor or ckptgen) reported an error,
      // nor while a type is unresolved: it may be an error that javac reports only at the end.
      failed |= reporter.hasErrors() || round.errorRaised();
      held.addAll(found.laidOut());
      if (failed || discovery.waiting()) {
        return true;
      }
      // every subsystem is known now: their after/before constraints must give one order
      if (!checks.checkOrder()) {
        failed = true;
        return true;
      }
      generation.codecs(held);
      held.clear();
      if (discovered.images.isEmpty()) {
        generation.contributions(); // a library module: what it holds is for another build's image
      }
      // The schema classes are written with the codecs, in the first round that has the image's
      // structs and no type waiting (one round less for javac to enter every tree again); a struct
      // a later round brings to a written image is an error (lateArrivals). With lateStructs they
      // wait for the first round after the codecs that brings no new struct. Never in the last
      // round: a source written then is not compiled cleanly (javac warns).
      boolean allKnown = !discovered.layouts.isEmpty() && (!lateStructs || found.seen().isEmpty());
      if (allKnown || round.processingOver()) {
        // The gate's errors leave every layout sound, so the schema classes are still written:
        // without them each use of a generated class would be one more error, hiding the gate's.
        // The C files and the lock, written last, are not.
        gate.check();
      }
      if (!round.processingOver() && allKnown) {
        generation.schemas(roundNumber);
      }
      if (round.processingOver()) {
        generation.headers();
      }
    } catch (RuntimeException e) {
      // A bug of ours must still read as a compile error, not as a javac crash.
      reporter.error(null, Message.INTERNAL_ERROR, "this build", e);
    }
    return true; // the annotations are ckptgen's own; no other processor has a use for them
  }
}
