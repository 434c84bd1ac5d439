package org.ckptgen.processor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import org.ckptgen.annotations.CkptContribution;
import org.ckptgen.processor.analysis.Annotations;
import org.ckptgen.processor.analysis.Deferred;
import org.ckptgen.processor.analysis.StructAnalyzer;
import org.ckptgen.processor.diag.Message;
import org.ckptgen.processor.diag.Reporter;
import org.ckptgen.processor.model.StructLayout;

/**
 * Part of stage 1 in a build with an image root: what library modules on the class path
 * contributed (docs/MODULES.md), as Hilt's aggregating package is read. The structs go into
 * {@link Discovered} beside the build's own, marked with their module; the subsystems are handed
 * to {@link Discovery}, which analyses them with the build's own.
 */
final class Libraries {
  /** A subsystem a library contributed, with its module and the image it names ("" for the only one). */
  record Subsystem(TypeElement type, String module, String image, Element contribution) {}

  private final ProcessingEnvironment env;
  private final Reporter reporter;
  private final StructAnalyzer analyzer;
  private final Discovered discovered;
  private final List<Subsystem> subsystems = new ArrayList<>();

  Libraries(ProcessingEnvironment env, Reporter reporter, StructAnalyzer analyzer, Discovered discovered) {
    this.env = env;
    this.reporter = reporter;
    this.analyzer = analyzer;
    this.discovered = discovered;
  }

  /**
   * The contributions of library modules (docs/MODULES.md): the classes of the package
   * {@value CkptContribution#PACKAGE} on the class path, each naming the types it contributes.
   * Their structs are analysed from class files by the same analyzer (every annotation ckptgen
   * reads has CLASS retention; the Javadoc, which class files do not keep, comes with the
   * contribution); their subsystems wait for {@link #takeSubsystems}, to be analysed with the
   * build's own.
   */
  List<StructLayout> read() {
    List<Element> contributions = new ArrayList<>();
    for (PackageElement p : env.getElementUtils().getAllPackageElements(CkptContribution.PACKAGE)) {
      contributions.addAll(p.getEnclosedElements());
    }
    // the class path lists them in no fixed order; the build's output must not depend on it
    contributions.sort(Comparator.comparing(e -> ((TypeElement) e).getQualifiedName().toString()));
    // every struct's Javadoc first, so that a value struct analysed inside a record has its own
    for (Element contribution : contributions) {
      Annotations.find(contribution, CkptContribution.class).ifPresent(m ->
          strings(m, "structs").forEach(name -> analyzer.libraryJavadoc(name, (String) attribute(m, "javadoc"))));
    }
    List<StructLayout> laidOut = new ArrayList<>();
    for (Element contribution : contributions) {
      Optional<AnnotationMirror> mirror = Annotations.find(contribution, CkptContribution.class);
      if (mirror.isEmpty()) {
        continue;
      }
      String module = (String) attribute(mirror.get(), "module");
      for (String name : strings(mirror.get(), "structs")) {
        TypeElement type = contributed(contribution, "struct", name);
        if (type == null || discovered.layouts.containsKey(name)) {
          continue;
        }
        try {
          Optional<StructLayout> layout = analyzer.analyze(type);
          discovered.fromLibraries.put(name, module);
          if (layout.isPresent() && layout.get().isRecord() && !isPublic(type)) {
            // the image's schema, reader and dispatch name every record, from the root's package
            reporter.error(type, Message.CONTRIBUTION_NOT_PUBLIC, discovered.withModule(StructAnalyzer.javaTypeOf(type)));
            continue;
          }
          if (layout.isPresent()) {
            discovered.layouts.put(name, layout.get());
            discovered.origins.put(name, type);
            laidOut.add(layout.get());
          }
        } catch (Deferred d) {
          reporter.error(type, Message.UNRESOLVED_TYPE, name + "." + d.unresolved().getSimpleName());
        }
      }
      for (String name : strings(mirror.get(), "subsystems")) {
        TypeElement type = contributed(contribution, "subsystem", name);
        if (type != null) {
          discovered.fromLibraries.put(name, module);
          subsystems.add(new Subsystem(type, module, (String) attribute(mirror.get(), "image"), contribution));
        }
      }
    }
    return laidOut;
  }

  private static boolean isPublic(TypeElement type) {
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (!e.getModifiers().contains(Modifier.PUBLIC)) {
        return false;
      }
    }
    return true;
  }

  private TypeElement contributed(Element contribution, String kind, String name) {
    TypeElement type = env.getElementUtils().getTypeElement(name);
    if (type == null) {
      reporter.error(contribution, Message.MISSING_CONTRIBUTION, ((TypeElement) contribution).getQualifiedName(), kind, name);
    }
    return type;
  }

  private static Object attribute(AnnotationMirror mirror, String name) {
    return mirror.getElementValues().entrySet().stream()
        .filter(e -> e.getKey().getSimpleName().contentEquals(name))
        .map(e -> e.getValue().getValue()).findFirst()
        .orElseGet(() -> mirror.getAnnotationType().asElement().getEnclosedElements().stream()
            .filter(e -> e.getSimpleName().contentEquals(name))
            .map(e -> ((ExecutableElement) e).getDefaultValue().getValue()).findFirst().orElseThrow());
  }

  private static List<String> strings(AnnotationMirror mirror, String name) {
    return ((List<?>) attribute(mirror, name)).stream()
        .map(v -> (String) ((AnnotationValue) v).getValue()).collect(Collectors.toList());
  }

  /** The subsystems read and not taken yet. */
  List<Subsystem> takeSubsystems() {
    List<Subsystem> taken = List.copyOf(subsystems);
    subsystems.clear();
    return taken;
  }
}
