package org.ckptgen.processor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import org.ckptgen.processor.analysis.StructAnalyzer;
import org.ckptgen.processor.model.JavaType;
import org.ckptgen.processor.model.Reach;
import org.ckptgen.processor.model.StructLayout;
import org.ckptgen.processor.model.RemovedSubsystem;
import org.ckptgen.processor.model.SubsystemModel;
import org.ckptgen.processor.model.SubsystemOrder;

/**
 * What discovery found over all rounds so far: the structs laid out, the image roots and the
 * subsystems, each with the element it came from. Discovery fills it; the later stages only read it.
 */
final class Discovered {
  /**
   * An image root: a type annotated {@code @CheckpointImage}.
   *
   * @param structs the qualified names of the structs its {@code structs} attribute lists
   * @param removed the subsystems of older image versions its {@code removed} attribute lists
   */
  record ImageRoot(String name, int version, TypeElement element, List<String> structs,
      List<RemovedSubsystem> removed) {
    ImageRoot(String name, int version, TypeElement element) {
      this(name, version, element, List.of(), List.of());
    }
  }

  /** Every struct laid out so far, and the element each came from, by qualified name. */
  final Map<String, StructLayout> layouts = new LinkedHashMap<>();
  final Map<String, Element> origins = new LinkedHashMap<>();
  final Map<String, ImageRoot> images = new LinkedHashMap<>();
  /** Validated subsystems by image and name, and the element each came from. */
  final Map<String, SubsystemModel> subsystems = new LinkedHashMap<>();
  final Map<String, Element> subsystemElements = new LinkedHashMap<>();
  /**
   * The structs and subsystems that library modules contributed (docs/MODULES.md), by qualified
   * name, with the module each came from ("" when it did not name itself). They are in the maps
   * above like this build's own; only their codecs are not generated again.
   */
  final Map<String, String> fromLibraries = new LinkedHashMap<>();
  /** This build's module name, {@code -Ackptgen.moduleName}, or "". */
  String module = "";

  boolean isFromLibrary(String qualifiedName) {
    return fromLibraries.containsKey(qualifiedName);
  }

  /**
   * The names of two types that clash, for a message: their simple names within one build, and
   * once either came from a library, each qualified and with its module, so that both origins show.
   */
  String[] names(JavaType a, JavaType b) {
    if (!isFromLibrary(a.qualifiedName()) && !isFromLibrary(b.qualifiedName())) {
      return new String[] {a.simpleName(), b.simpleName()};
    }
    return new String[] {withModule(a), withModule(b)};
  }

  /** {@code org.lib.Cred (module lib-a)}; this build's own as {@code (this module)} unless named. */
  String withModule(JavaType type) {
    String q = type.qualifiedName();
    String module = fromLibraries.getOrDefault(q, this.module);
    String where = !module.isEmpty() ? "module " + module
        : isFromLibrary(q) ? "a library on the class path" : "this module";
    return q + " (" + where + ")";
  }

  Element origin(StructLayout s) {
    return origins.get(key(s));
  }

  /**
   * The subsystems of image {@code name}, in dispatch order: by their after/before constraints,
   * then by name ({@link SubsystemOrder}; BuildChecks reports constraints that give no order).
   */
  List<SubsystemModel> subsystemsOf(String name) {
    return order(name).order();
  }

  SubsystemOrder.Result order(String name) {
    return SubsystemOrder.of(subsystems.values().stream()
        .filter(s -> s.image().equals(name))
        .collect(Collectors.toList()));
  }

  /**
   * The structs image {@code root} holds (docs/FORMAT.md, "Which structs an image holds"): what
   * the state records of its subsystems and the structs its root lists reach, nested or by objref,
   * whatever module they came from. The framing records are not among them.
   */
  List<StructLayout> structsOf(ImageRoot root) {
    List<StructLayout> seeds = new ArrayList<>();
    subsystemsOf(root.name()).forEach(s -> seeds.add(s.state()));
    root.structs().stream().map(layouts::get).filter(Objects::nonNull).forEach(seeds::add);
    return Reach.of(seeds, userStructs());
  }

  /** The structs of this build, framing aside, that no image root holds. */
  List<StructLayout> inNoImage() {
    Set<String> held = new HashSet<>();
    images.values().forEach(root -> structsOf(root).forEach(s -> held.add(key(s))));
    return userStructs().stream().filter(s -> !held.contains(key(s))).collect(Collectors.toList());
  }

  /** The structs of this build other than ckptgen-image's framing records. */
  List<StructLayout> userStructs() {
    return layouts.entrySet().stream()
        .filter(e -> !isFraming(e.getKey()))
        .map(Map.Entry::getValue).collect(Collectors.toList());
  }

  static boolean isFraming(String qualifiedName) {
    return qualifiedName.startsWith(StructAnalyzer.FRAMING_PACKAGE + ".");
  }

  static String key(StructLayout s) {
    return s.javaType().qualifiedName();
  }
}
