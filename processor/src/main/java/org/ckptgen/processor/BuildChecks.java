package org.ckptgen.processor;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import org.ckptgen.annotations.CkptStruct;
import org.ckptgen.processor.analysis.Annotations;
import org.ckptgen.processor.analysis.SubsystemAnalyzer;
import org.ckptgen.processor.cgen.CNames;
import org.ckptgen.processor.diag.Message;
import org.ckptgen.processor.diag.Reporter;
import org.ckptgen.processor.model.EnumModel;
import org.ckptgen.processor.model.Member;
import org.ckptgen.processor.model.StructLayout;
import org.ckptgen.processor.model.SubsystemModel;
import org.ckptgen.processor.model.SubsystemOrder;

/**
 * Stage 2, validation of the build as a whole: what no single struct's analysis can see, because
 * it takes two structs to clash. Record type ids are unique; C tags and constants are unique
 * across every struct and enum that goes into a header, the framing records included.
 */
final class BuildChecks {
  /** The owner of the names the header's and reader's common code declares. */
  private static final String COMMON_C = "ckptgen's own C code";

  private final ProcessingEnvironment env;
  private final Reporter reporter;
  private final Discovered discovered;
  private final Discovery discovery;
  private final Map<Integer, StructLayout> typeIds = new LinkedHashMap<>();
  /** C struct and enum tags, and C constants, with what owns each. */
  private final Map<String, String> cTags = new HashMap<>();
  private final Map<String, String> cConstants = new HashMap<>();
  private final Set<String> enumsNamed = new HashSet<>();

  BuildChecks(ProcessingEnvironment env, Reporter reporter, Discovered discovered, Discovery discovery) {
    this.env = env;
    this.reporter = reporter;
    this.discovered = discovered;
    this.discovery = discovery;
  }

  /** Checks the structs laid out this round against every one before them. */
  void check(List<StructLayout> laidOut) {
    checkTypeIds(laidOut);
    checkCIdentifiers(laidOut);
  }

  /**
   * Reports after/before constraints that give no dispatch order: a name no subsystem of the
   * image has, a subsystem naming itself, a cycle. Run once every subsystem of the build is known
   * (no type deferred); returns false when it reported any.
   */
  boolean checkOrder() {
    boolean ok = true;
    for (String image : discovered.images.keySet()) {
      for (SubsystemOrder.Problem p : discovered.order(image).problems()) {
        ok = false;
        Element at = discovered.subsystemElements.get(image + "/" + p.at().name());
        String on = p.at().javaType().simpleName();
        switch (p.kind()) {
          case SELF -> SubsystemAnalyzer.orderError(reporter, at, p.attribute(), p.name(), Message.SUBSYSTEM_ORDER_SELF,
              p.attribute(), p.name(), on, p.attribute());
          case UNKNOWN -> SubsystemAnalyzer.orderError(reporter, at, p.attribute(), p.name(), Message.UNKNOWN_SUBSYSTEM,
              p.attribute(), p.name(), on, image, p.name(), elsewhere(image, p.name()), names(image));
          case CYCLE -> SubsystemAnalyzer.orderError(reporter, at, p.attribute(), p.name(), Message.SUBSYSTEM_ORDER_CYCLE,
              image, p.cyclePath(), String.join(", ", p.edges()));
        }
      }
    }
    return ok;
  }

  /** The image's subsystems' names, sorted, for a message. */
  private String names(String image) {
    return discovered.subsystems.values().stream().filter(s -> s.image().equals(image)).map(SubsystemModel::name)
        .sorted().collect(Collectors.joining(", "));
  }

  /** Where a name unknown in {@code image} is a subsystem: in another image, whose order is its own. */
  private String elsewhere(String image, String name) {
    return discovered.subsystems.values().stream().filter(s -> s.name().equals(name) && !s.image().equals(image))
        .map(s -> " (\"" + name + "\" is a subsystem of image \"" + s.image() + "\"; each image has its own order)")
        .findFirst().orElse("");
  }

  /** Reports a record whose type id an earlier one took. */
  private void checkTypeIds(List<StructLayout> laidOut) {
    for (StructLayout s : laidOut) {
      if (!s.isRecord()) {
        continue;
      }
      StructLayout other = typeIds.putIfAbsent(s.typeId(), s);
      if (other != null) {
        Element element = discovered.origin(s);
        AnnotationMirror mirror = Annotations.find(element, CkptStruct.class).orElse(null);
        String[] both = discovered.names(other.javaType(), s.javaType());
        reporter.error(element, mirror, null, Message.DUPLICATE_TYPE_ID, s.typeId(), both[0], both[1]);
      }
    }
  }

  /**
   * C gives struct and enum tags one namespace, and enum constants another that the record
   * type constants share; a clash there would only show when the header is compiled.
   */
  private void checkCIdentifiers(List<StructLayout> laidOut) {
    if (cTags.isEmpty()) {
      CNames.COMMON_TAGS.forEach(t -> cTags.put(t, COMMON_C));
      CNames.COMMON_IDENTIFIERS.forEach(t -> cConstants.put(t, COMMON_C));
      // the framing records from ckptgen-image on the class path are in every header too
      for (StructLayout f : discovery.framing()) {
        claimNames(f, env.getElementUtils().getTypeElement(f.javaType().qualifiedName()));
      }
    }
    for (StructLayout s : laidOut) {
      claimNames(s, discovered.origin(s));
    }
  }

  private void claimNames(StructLayout s, Element element) {
    // in a build that assembles libraries' structs, each is named with its module, so that a
    // clash names both origins
    boolean modules = !discovered.fromLibraries.isEmpty() && !Discovered.isFraming(s.javaType().qualifiedName());
    String what = "struct " + (modules ? discovered.withModule(s.javaType()) : s.javaType().simpleName());
    claim(cTags, s.cName(), what, element);
    if (s.isRecord()) {
      claim(cConstants, s.typeConstant(), "the type of " + what, element);
    }
    for (String function : CNames.functionsOf(s)) {
      claim(cConstants, function, "the C reader's functions for " + what, element);
    }
    CNames.accessorOf(s).ifPresent(a -> claim(cConstants, a, "the C reader's accessor of "
        + s.javaType().simpleName() + "." + s.variable().get().javaName(), element));
    for (Member m : s.members()) {
      EnumModel e = m.enumType();
      if (e != null && enumsNamed.add(e.javaType().qualifiedName())) {
        Element enumElement = env.getElementUtils().getTypeElement(e.javaType().qualifiedName());
        String enumWhat = "enum " + e.javaType().simpleName();
        claim(cTags, e.cName(), enumWhat, enumElement);
        claim(cConstants, CNames.functionOf(e), "the C reader's function for " + enumWhat, enumElement);
        for (EnumModel.Constant c : e.constants()) {
          claim(cConstants, c.cName(), enumWhat + "." + c.javaName(), enumElement);
        }
      }
    }
  }

  private void claim(Map<String, String> names, String cName, String what, Element element) {
    String other = names.putIfAbsent(cName, what);
    if (other != null && !other.equals(what)) {
      reporter.error(element, Message.DUPLICATE_C_IDENTIFIER, cName, other, what);
    }
  }
}
