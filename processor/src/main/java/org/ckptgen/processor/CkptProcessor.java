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
@SupportedOptions({CkptProcessor.C_OUTPUT_DIR, CkptProcessor.MODULE_NAME, CompatibilityGate.LOCK,
    CompatibilityGate.UPDATE})
public final class CkptProcessor extends AbstractProcessor {
  /** {@code -Ackptgen.cOutputDir=DIR}: also write the C headers into DIR. */
  public static final String C_OUTPUT_DIR = "ckptgen.cOutputDir";

  /** {@code -Ackptgen.moduleName=NAME}: the module a library's contributions name (docs/MODULES.md). */
  public static final String MODULE_NAME = "ckptgen.moduleName";

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
    }
    try {
      Discovery.Round found = discovery.round(round);
      List<StructLayout> toCheck = new ArrayList<>(found.fromLibraries());
      toCheck.addAll(found.laidOut());
      checks.check(toCheck);
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
      // A source written in the last round is not compiled cleanly (javac warns), so the schema
      // classes come in the first round after the codecs that brings no new struct.
      boolean allKnown = found.seen().isEmpty() && !discovered.layouts.isEmpty();
      if (allKnown || round.processingOver()) {
        // The gate's errors leave every layout sound, so the schema classes are still written:
        // without them each use of a generated class would be one more error, hiding the gate's.
        // The C files and the lock, written last, are not.
        gate.check();
      }
      if (!round.processingOver() && allKnown) {
        generation.schemas();
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
