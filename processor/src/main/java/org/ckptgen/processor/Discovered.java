package org.ckptgen.processor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import org.ckptgen.processor.analysis.StructAnalyzer;
import org.ckptgen.processor.model.StructLayout;
import org.ckptgen.processor.model.RemovedSubsystem;
import org.ckptgen.processor.model.SubsystemModel;

/**
 * What discovery found over all rounds so far: the structs laid out, the image roots and the
 * subsystems, each with the element it came from. Discovery fills it; the later stages only read it.
 */
final class Discovered {
  /** An image root: a type annotated {@code @CheckpointImage}. */
  record ImageRoot(String name, int version, TypeElement element, List<RemovedSubsystem> removed) {}

  /** Every struct laid out so far, and the element each came from, by qualified name. */
  final Map<String, StructLayout> layouts = new LinkedHashMap<>();
  final Map<String, Element> origins = new LinkedHashMap<>();
  final Map<String, ImageRoot> images = new LinkedHashMap<>();
  /** Validated subsystems by image and name, and the element each came from. */
  final Map<String, SubsystemModel> subsystems = new LinkedHashMap<>();
  final Map<String, Element> subsystemElements = new LinkedHashMap<>();

  Element origin(StructLayout s) {
    return origins.get(key(s));
  }

  /** The subsystems of image {@code name}, in dispatch order: sorted by name. */
  List<SubsystemModel> subsystemsOf(String name) {
    return subsystems.values().stream()
        .filter(s -> s.image().equals(name))
        .sorted(java.util.Comparator.comparing(SubsystemModel::name))
        .collect(Collectors.toList());
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
