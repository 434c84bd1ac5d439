package org.ckptgen.processor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import org.ckptgen.annotations.CheckpointImage;
import org.ckptgen.annotations.Removed;
import org.ckptgen.annotations.CkptStruct;
import org.ckptgen.annotations.Subsystem;
import org.ckptgen.processor.analysis.Annotations;
import org.ckptgen.processor.analysis.Deferred;
import org.ckptgen.processor.analysis.StructAnalyzer;
import org.ckptgen.processor.analysis.SubsystemAnalyzer;
import org.ckptgen.processor.model.RemovedSubsystem;
import org.ckptgen.processor.diag.Message;
import org.ckptgen.processor.diag.Reporter;
import org.ckptgen.processor.model.StructLayout;

/**
 * Stage 1, discovery and deferral: each round, the types annotated in it after those deferred from
 * the last one, analysed and laid out into {@link Discovered}. A type that mentions a type not
 * generated yet is tried again next round, and reported at the last (as Dagger's processing steps
 * hand back the elements they cannot process yet).
 */
final class Discovery {
  private static final Pattern IMAGE_NAME = Pattern.compile("[a-z][a-z0-9_]*");
  private static final Pattern SUBSYSTEM_NAME = Pattern.compile("[a-z][a-z0-9_]{0,30}");

  /** ckptgen-image's framing records, included in every header when they are on the class path. */
  private static final List<String> FRAMING_RECORDS = List.of("ImageHeader", "SchemaFields", "SchemaEnums", "SchemaSubsystems", "Section", "ObjectRef",
      "ImageSignature", "Trailer")
      .stream().map(n -> StructAnalyzer.FRAMING_PACKAGE + "." + n).collect(Collectors.toList());

  private final ProcessingEnvironment env;
  private final Reporter reporter;
  private final StructAnalyzer analyzer;
  private final SubsystemAnalyzer subsystemAnalyzer;
  private final Discovered discovered;
  /** Structs and subsystems whose types were not resolved yet: tried again next round. */
  private final List<String> deferred = new ArrayList<>();
  private final List<String> deferredSubsystems = new ArrayList<>();

  /** The contributions of library modules on the class path, read once the build has an image root. */
  private final Libraries libraries;
  private boolean librariesRead;

  /**
   * What one round brought: the struct types seen, those of them newly laid out, and the structs
   * of library modules laid out (once, in the round that finds the first image root), which are
   * checked against this build's but whose codecs are in their libraries already.
   */
  record Round(List<TypeElement> seen, List<StructLayout> laidOut, List<StructLayout> fromLibraries) {}

  Discovery(ProcessingEnvironment env, Reporter reporter, Discovered discovered) {
    this.env = env;
    this.reporter = reporter;
    this.discovered = discovered;
    this.analyzer = new StructAnalyzer(env, reporter);
    this.subsystemAnalyzer = new SubsystemAnalyzer(env, reporter, analyzer);
    this.libraries = new Libraries(env, reporter, analyzer, discovered);
  }

  Round round(RoundEnvironment round) {
    List<TypeElement> found = discover(round, CkptStruct.class, deferred);
    discoverImages(round);
    // a build with an image root assembles it from the libraries on its class path as well
    List<StructLayout> fromLibraries = List.of();
    if (!librariesRead && !discovered.images.isEmpty()) {
      librariesRead = true;
      fromLibraries = libraries.read();
    }
    List<StructLayout> laidOut = analyze(found, round.processingOver());
    analyzeSubsystems(round);
    return new Round(found, laidOut, fromLibraries);
  }

  /** True while some type waits for a type not generated yet. */
  boolean waiting() {
    return !deferred.isEmpty() || !deferredSubsystems.isEmpty();
  }

  /** The types annotated this round, after those deferred from the last one. */
  private List<TypeElement> discover(RoundEnvironment round, Class<? extends java.lang.annotation.Annotation> annotation,
      List<String> deferredNames) {
    List<TypeElement> found = new ArrayList<>();
    for (String name : deferredNames) {
      found.add(env.getElementUtils().getTypeElement(name));
    }
    deferredNames.clear();
    for (Element e : round.getElementsAnnotatedWith(annotation)) {
      found.add((TypeElement) e);
    }
    return found;
  }

  /** A type that mentions an unresolved one: tried again next round, reported at the last. */
  private void defer(Deferred d, TypeElement type, List<String> deferredNames, boolean lastRound) {
    if (lastRound) {
      reporter.error(d.unresolved(), Message.UNRESOLVED_TYPE, type.getSimpleName() + "." + d.unresolved().getSimpleName());
    } else {
      deferredNames.add(type.getQualifiedName().toString());
    }
  }

  /** The subsystems {@code image} declares removed, sorted by name; a bad name or one twice is reported and left out. */
  private List<RemovedSubsystem> removed(TypeElement type, AnnotationMirror mirror, CheckpointImage image) {
    java.util.TreeMap<String, RemovedSubsystem> out = new java.util.TreeMap<>();
    for (Removed r : image.removed()) {
      String why = !SUBSYSTEM_NAME.matcher(r.name()).matches()
          ? "the name must be lower case letters, digits and _, starting with a letter, at most 31 bytes"
          : out.containsKey(r.name()) ? "declared twice" : null;
      if (why != null) {
        reporter.error(type, mirror, null, Message.BAD_REMOVED_SUBSYSTEM, r.name(), image.name(), why);
        continue;
      }
      out.put(r.name(), new RemovedSubsystem(r.name(), r.policy() == Removed.Policy.SKIP));
    }
    return List.copyOf(out.values());
  }

  private void discoverImages(RoundEnvironment round) {
    for (Element e : round.getElementsAnnotatedWith(CheckpointImage.class)) {
      TypeElement type = (TypeElement) e;
      AnnotationMirror mirror = Annotations.find(type, CheckpointImage.class).orElseThrow();
      CheckpointImage image = type.getAnnotation(CheckpointImage.class);
      if (!IMAGE_NAME.matcher(image.name()).matches()) {
        AnnotationValue name = mirror.getElementValues().entrySet().stream()
            .filter(v -> v.getKey().getSimpleName().contentEquals("name"))
            .map(Map.Entry::getValue).findFirst().orElse(null);
        reporter.error(type, mirror, name, Message.BAD_IMAGE_NAME, image.name());
        continue;
      }
      Discovered.ImageRoot other = discovered.images.putIfAbsent(image.name(),
          new Discovered.ImageRoot(image.name(), image.version(), type, listedStructs(type, mirror),
              removed(type, mirror, image)));
      if (other != null) {
        reporter.error(type, mirror, null, Message.DUPLICATE_IMAGE_NAME, image.name(),
            other.element().getSimpleName(), type.getSimpleName());
      }
    }
  }

  /**
   * The qualified names of the structs {@code @CheckpointImage(structs = ...)} lists; a type there
   * that is no {@code @CkptStruct} is reported. An unresolved class literal is javac's to report.
   */
  private List<String> listedStructs(TypeElement root, AnnotationMirror mirror) {
    List<String> names = new ArrayList<>();
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> v : mirror.getElementValues().entrySet()) {
      if (!v.getKey().getSimpleName().contentEquals("structs") || !(v.getValue().getValue() instanceof List<?> items)) {
        continue;
      }
      for (Object item : items) {
        AnnotationValue listed = (AnnotationValue) item;
        if (!(listed.getValue() instanceof DeclaredType t) || t.getKind() != TypeKind.DECLARED) {
          continue;
        }
        TypeElement struct = (TypeElement) t.asElement();
        if (Annotations.find(struct, CkptStruct.class).isEmpty()) {
          reporter.error(root, mirror, listed, Message.LISTED_NOT_A_STRUCT, root.getSimpleName(), struct.getSimpleName());
        } else {
          names.add(struct.getQualifiedName().toString());
        }
      }
    }
    return names;
  }

  private List<StructLayout> analyze(List<TypeElement> found, boolean lastRound) {
    List<StructLayout> laidOut = new ArrayList<>();
    for (TypeElement type : found) {
      try {
        Optional<StructLayout> layout = analyzer.analyze(type);
        if (layout.isPresent() && !discovered.layouts.containsKey(Discovered.key(layout.get()))) {
          discovered.layouts.put(Discovered.key(layout.get()), layout.get());
          discovered.origins.put(Discovered.key(layout.get()), type);
          laidOut.add(layout.get());
        }
      } catch (Deferred d) {
        defer(d, type, deferred, lastRound);
      }
    }
    return laidOut;
  }

  /** Validates every @Subsystem against its image root and the hook signatures. */
  private void analyzeSubsystems(RoundEnvironment round) {
    List<TypeElement> found = discover(round, Subsystem.class, deferredSubsystems);
    Map<String, TypeElement> roots = new LinkedHashMap<>();
    discovered.images.forEach((name, root) -> roots.put(name, root.element()));
    // the libraries' first, so that a clash with this build's own is reported on this build's element
    for (Libraries.Subsystem lib : libraries.takeSubsystems()) {
      if (!lib.image().isEmpty() && !roots.containsKey(lib.image())) {
        reporter.warning(lib.contribution(), Message.CONTRIBUTION_FOR_OTHER_IMAGE,
            discovered.withModule(StructAnalyzer.javaTypeOf(lib.type())), lib.image(), String.join(", ", roots.keySet()));
        continue;
      }
      try {
        subsystemAnalyzer.analyze(lib.type(), roots).ifPresent(s -> {
          if (SubsystemAnalyzer.unique(reporter, discovered.subsystems, s, lib.type(), discovered::names)) {
            discovered.subsystemElements.put(s.image() + "/" + s.name(), lib.type());
          }
        });
      } catch (Deferred d) {
        reporter.error(lib.type(), Message.UNRESOLVED_TYPE, lib.type().getQualifiedName() + "." + d.unresolved().getSimpleName());
      }
    }
    for (TypeElement type : found) {
      try {
        subsystemAnalyzer.analyze(type, roots).ifPresent(s -> {
          if (SubsystemAnalyzer.unique(reporter, discovered.subsystems, s, type, discovered::names)) {
            discovered.subsystemElements.put(s.image() + "/" + s.name(), type);
          }
        });
      } catch (Deferred d) {
        defer(d, type, deferredSubsystems, round.processingOver());
      }
    }
  }

  /**
   * The framing records (image header, section, objref, trailer) from ckptgen-image on the class
   * path, laid out by the same analyzer, so that every header describes the whole image. A build
   * without ckptgen-image gets headers with its own records only.
   */
  List<StructLayout> framing() {
    List<StructLayout> found = new ArrayList<>();
    for (String name : FRAMING_RECORDS) {
      TypeElement type = env.getElementUtils().getTypeElement(name);
      if (type == null || discovered.layouts.containsKey(name)) {
        continue;
      }
      try {
        analyzer.analyze(type).ifPresent(found::add);
      } catch (Deferred d) {
        reporter.error(type, Message.UNRESOLVED_TYPE, name);
      }
    }
    return found;
  }
}
