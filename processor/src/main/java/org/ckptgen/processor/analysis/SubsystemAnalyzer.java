package org.ckptgen.processor.analysis;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import org.ckptgen.annotations.AbortHook;
import org.ckptgen.annotations.AbsentHook;
import org.ckptgen.annotations.CheckpointHook;
import org.ckptgen.annotations.CheckpointImage;
import org.ckptgen.annotations.CkptStruct;
import org.ckptgen.annotations.Removed;
import org.ckptgen.annotations.RestoreHook;
import org.ckptgen.annotations.Subsystem;
import org.ckptgen.processor.diag.Message;
import org.ckptgen.processor.diag.Reporter;
import org.ckptgen.processor.model.JavaType;
import org.ckptgen.processor.model.StructLayout;
import org.ckptgen.processor.model.SubsystemModel;

/**
 * Validates a {@code @Subsystem} and its hooks against the signatures the dispatch calls:
 * {@code S checkpoint(CheckpointContext)}, {@code int|void restore(RestoreContext, S)},
 * optionally {@code void abort(RestoreContext)}, where {@code S} is a checkpoint record.
 */
public final class SubsystemAnalyzer {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,30}");
  private static final Pattern IMAGE_NAME = Pattern.compile("[a-z][a-z0-9_]*");
  private static final String CHECKPOINT_CONTEXT = "org.ckptgen.image.hook.CheckpointContext";
  private static final String RESTORE_CONTEXT = "org.ckptgen.image.hook.RestoreContext";

  private final Reporter reporter;
  private final Annotations annotations;
  private final StructAnalyzer structs;
  /** Whether the subsystem being analysed is outside its image root's package. */
  private boolean otherPackage;

  public SubsystemAnalyzer(ProcessingEnvironment env, Reporter reporter, StructAnalyzer structs) {
    this.reporter = reporter;
    this.annotations = new Annotations(env);
    this.structs = structs;
  }

  /**
   * The subsystem's model, or empty when it has errors (reported).
   *
   * @param images the image roots of the build, by image name, with their elements
   */
  public Optional<SubsystemModel> analyze(TypeElement type, Map<String, TypeElement> images) throws Deferred {
    AnnotationMirror ann = Annotations.find(type, Subsystem.class).orElseThrow();
    String simple = type.getSimpleName().toString();
    boolean ok = structs.accessible(type);
    String name = annotations.stringValue(ann, "value");
    if (!NAME.matcher(name).matches()) {
      reporter.error(type, ann, annotations.value(ann, "value"), Message.BAD_SUBSYSTEM_NAME, name);
      ok = false;
    }
    String image = image(type, ann, images);
    ok &= image != null;

    // the dispatch is generated in the image root's package, or, for a library's subsystem (a
    // build without a root), in a module and package not known here
    String rootPackage = image == null || images.isEmpty() ? null : StructAnalyzer.javaType(images.get(image)).packageName();
    boolean library = image != null && images.isEmpty();
    boolean elsewhere = library || rootPackage != null && !StructAnalyzer.javaType(type).packageName().equals(rootPackage);
    if (library && !type.getModifiers().contains(Modifier.PUBLIC)) {
      reporter.error(type, Message.CONTRIBUTION_NOT_PUBLIC, simple);
      ok = false;
    } else if (elsewhere && !type.getModifiers().contains(Modifier.PUBLIC)) {
      reporter.error(type, Message.INACCESSIBLE, simple, "not public and outside the package of its image root " + rootPackage);
      ok = false;
    }
    this.otherPackage = elsewhere;
    Optional<ExecutableElement> checkpoint = single(type, CheckpointHook.class, simple,
        "S checkpoint(CheckpointContext ctx)");
    Optional<ExecutableElement> restore = single(type, RestoreHook.class, simple,
        "int restore(RestoreContext ctx, S state)");
    List<ExecutableElement> aborts = hooks(type, AbortHook.class);
    if (aborts.size() > 1) {
      reporter.error(aborts.get(1), Message.DUPLICATE_HOOK, simple, "AbortHook",
          aborts.get(0).getSimpleName(), aborts.get(1).getSimpleName());
      ok = false;
    }
    List<ExecutableElement> absents = hooks(type, AbsentHook.class);
    if (absents.size() > 1) {
      reporter.error(absents.get(1), Message.DUPLICATE_HOOK, simple, "AbsentHook",
          absents.get(0).getSimpleName(), absents.get(1).getSimpleName());
      ok = false;
    }
    int since = annotations.intValue(ann, "since");
    ok &= image == null || versions(type, ann, name, since, images.get(image), absents);
    if (checkpoint.isEmpty() || restore.isEmpty()) {
      return Optional.empty();
    }
    Optional<StructLayout> state = checkpointHook(checkpoint.get());
    ok &= state.isPresent() && restoreHook(restore.get(), checkpoint.get().getReturnType());
    ok &= aborts.isEmpty() || abortHook(aborts.get(0));
    ok &= absents.isEmpty() || absentHook(absents.get(0));
    if (!ok) {
      return Optional.empty();
    }
    return Optional.of(new SubsystemModel(name, StructAnalyzer.javaType(type), image, state.get(),
        checkpoint.get().getSimpleName().toString(), restore.get().getSimpleName().toString(),
        restore.get().getReturnType().getKind() == TypeKind.INT,
        aborts.isEmpty() ? null : aborts.get(0).getSimpleName().toString(),
        names(ann, "after"), names(ann, "before"), since,
        absents.isEmpty() ? null : absents.get(0).getSimpleName().toString(),
        !absents.isEmpty() && absents.get(0).getReturnType().getKind() == TypeKind.INT));
  }

  /**
   * {@code since} against the image root: from 1 to its version; an {@code @AbsentHook} exactly
   * when since is after 1 (an older image has no section to restore); and not a name the root
   * declares removed. A library's subsystem (no root in its build, {@code root} null) is held to
   * what needs no root here; the build that assembles its image checks the rest.
   */
  private boolean versions(TypeElement type, AnnotationMirror ann, String name, int since, TypeElement root,
      List<ExecutableElement> absents) {
    CheckpointImage image = root == null ? null : root.getAnnotation(CheckpointImage.class);
    boolean ok = true;
    if (image != null && (since < 1 || since > image.version())) {
      reporter.error(type, ann, annotations.value(ann, "since"), Message.BAD_SUBSYSTEM_SINCE, name, since,
          image.name(), image.version());
      ok = false;
    } else if (since > 1 && absents.isEmpty()) {
      reporter.error(type, ann, annotations.value(ann, "since"), Message.MISSING_ABSENT_HOOK, name, since,
          "@AbsentHook int absent(RestoreContext ctx)");
      ok = false;
    } else if (since == 1 && !absents.isEmpty()) {
      reporter.error(absents.get(0), Message.ABSENT_HOOK_NEVER_CALLED, name, absents.get(0).getSimpleName());
      ok = false;
    }
    for (Removed r : image == null ? new Removed[0] : image.removed()) {
      if (r.name().equals(name)) {
        reporter.error(type, ann, annotations.value(ann, "value"), Message.REMOVED_SUBSYSTEM_PRESENT, name, image.name());
        ok = false;
      }
    }
    return ok;
  }

  /** {@code int|void absent(RestoreContext)}. */
  private boolean absentHook(ExecutableElement hook) {
    if (!callable(hook, "AbsentHook")) {
      return false;
    }
    TypeKind returns = hook.getReturnType().getKind();
    boolean ok = (returns == TypeKind.INT || returns == TypeKind.VOID) && hook.getParameters().size() == 1
        && isType(hook.getParameters().get(0).asType(), RESTORE_CONTEXT);
    if (!ok) {
      reporter.error(hook, Message.BAD_HOOK_SIGNATURE, "AbsentHook", hook.getSimpleName(),
          "int " + hook.getSimpleName() + "(RestoreContext ctx)` (0 or -errno) or `void " + hook.getSimpleName()
              + "(RestoreContext ctx)", signature(hook));
    }
    return ok;
  }

  /** The names of {@code @Subsystem(after)} or {@code (before)}; the dispatch order checks them (SubsystemOrder). */
  private List<String> names(AnnotationMirror ann, String attribute) {
    return ((List<?>) annotations.value(ann, attribute).getValue()).stream()
        .map(v -> (String) ((AnnotationValue) v).getValue())
        .collect(Collectors.toList());
  }

  /**
   * Reports a fault of the dispatch order (SubsystemOrder) on {@code type}'s
   * {@code @Subsystem(attribute)}, at the value {@code name} where the compiler can point at it
   * ({@code type} may be null: a subsystem known without its element, then the message says whose).
   */
  public static void orderError(Reporter reporter, Element type, String attribute, String name, Message message,
      Object... args) {
    AnnotationMirror ann = type == null ? null : Annotations.find(type, Subsystem.class).orElse(null);
    AnnotationValue at = ann == null ? null : ann.getElementValues().entrySet().stream()
        .filter(e -> e.getKey().getSimpleName().contentEquals(attribute))
        .map(e -> (AnnotationValue) e.getValue())
        .findFirst().orElse(null);
    if (at != null && at.getValue() instanceof List<?> values) {
      // the one string of the array, when the list is written out
      at = values.stream().map(AnnotationValue.class::cast).filter(v -> name.equals(v.getValue()))
          .findFirst().orElse(at);
    }
    reporter.error(type, ann, at, message, args);
  }

  /**
   * The name of the image the subsystem belongs to, or null (reported). In a build without image
   * roots (a library module) it is the name the subsystem gives, or empty for the one root of the
   * build that assembles the image.
   */
  private String image(TypeElement type, AnnotationMirror ann, Map<String, TypeElement> images) {
    TypeMirror declared = (TypeMirror) annotations.value(ann, "image").getValue();
    String named = annotations.stringValue(ann, "imageName");
    if (declared.getKind() != TypeKind.VOID && !named.isEmpty()) {
      reporter.error(type, ann, annotations.value(ann, "imageName"), Message.SUBSYSTEM_WITHOUT_IMAGE,
          type.getSimpleName(), "it gives both image and imageName; give one");
      return null;
    }
    if (!named.isEmpty()) {
      if (images.isEmpty() || images.containsKey(named)) {
        return named;
      }
      reporter.error(type, ann, annotations.value(ann, "imageName"), Message.SUBSYSTEM_WITHOUT_IMAGE,
          type.getSimpleName(), "this build's image roots are " + String.join(", ", images.keySet())
              + ", not \"" + named + "\"; a subsystem of an image assembled elsewhere goes into a module without"
              + " a root (docs/MODULES.md)");
      return null;
    }
    if (declared.getKind() == TypeKind.VOID) {
      if (images.size() == 1) {
        return images.keySet().iterator().next();
      }
      if (images.isEmpty()) {
        return ""; // a library's contribution, to the one image root of the build that assembles it
      }
      reporter.error(type, Message.SUBSYSTEM_WITHOUT_IMAGE, type.getSimpleName(),
          "this build has several image roots (" + images.entrySet().stream()
              .map(e -> e.getValue().getSimpleName() + " \"" + e.getKey() + "\"").collect(Collectors.joining(", "))
              + "); name one: @Subsystem(value = \"...\", image = Root.class)");
      return null;
    }
    Element root = ((DeclaredType) declared).asElement();
    Optional<AnnotationMirror> rootAnn = Annotations.find(root, CheckpointImage.class);
    if (rootAnn.isEmpty()) {
      reporter.error(type, ann, annotations.value(ann, "image"), Message.SUBSYSTEM_WITHOUT_IMAGE,
          type.getSimpleName(), root.getSimpleName() + " has no @CheckpointImage");
      return null;
    }
    String name = annotations.stringValue(rootAnn.get(), "name");
    if (images.get(name) != root && IMAGE_NAME.matcher(name).matches()) {
      // a root from the class path was compiled before this subsystem existed: it cannot see it
      reporter.error(type, ann, annotations.value(ann, "image"), Message.SUBSYSTEM_WITHOUT_IMAGE,
          type.getSimpleName(), root.getSimpleName() + " is compiled in another module, whose build cannot see"
              + " this subsystem; name the image with imageName = \"" + name + "\" and put the root into a module"
              + " that depends on this one (docs/MODULES.md)");
      return null;
    }
    return name;
  }

  private static List<ExecutableElement> hooks(TypeElement type, Class<?> annotation) {
    return type.getEnclosedElements().stream()
        .filter(e -> e.getKind() == ElementKind.METHOD && Annotations.find(e, annotation).isPresent())
        .map(ExecutableElement.class::cast)
        .collect(Collectors.toList());
  }

  /** The one method with {@code annotation}; none or two are reported. */
  private Optional<ExecutableElement> single(TypeElement type, Class<?> annotation, String simple, String signature) {
    List<ExecutableElement> found = hooks(type, annotation);
    if (found.isEmpty()) {
      reporter.error(type, Message.MISSING_HOOK, simple, annotation.getSimpleName(), "@" + annotation.getSimpleName() + " " + signature);
      return Optional.empty();
    }
    if (found.size() > 1) {
      reporter.error(found.get(1), Message.DUPLICATE_HOOK, simple, annotation.getSimpleName(),
          found.get(0).getSimpleName(), found.get(1).getSimpleName());
      return Optional.empty();
    }
    return Optional.of(found.get(0));
  }

  private boolean callable(ExecutableElement hook, String kind) {
    Set<Modifier> modifiers = hook.getModifiers();
    String why = modifiers.contains(Modifier.STATIC) ? "static"
        : modifiers.contains(Modifier.PRIVATE) ? "private"
        : otherPackage && !modifiers.contains(Modifier.PUBLIC) ? "not public, and the dispatch is in another package"
        : null;
    if (why != null) {
      // the dispatch lives beside the image root: a hook in another package must be public
      String fix = otherPackage ? "a public instance method" : "an instance method that is not private";
      reporter.error(hook, Message.HOOK_NOT_CALLABLE, kind, hook.getSimpleName(), why, fix);
      return false;
    }
    return true;
  }

  private static boolean isType(TypeMirror type, String qualifiedName) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals(qualifiedName);
  }

  private static String signature(ExecutableElement hook) {
    return hook.getReturnType() + " " + hook.getSimpleName() + "(" + hook.getParameters().stream()
        .map(p -> p.asType().toString()).collect(Collectors.joining(", ")) + ")";
  }

  /** {@code S checkpoint(CheckpointContext)} with S a checkpoint record; returns S's layout. */
  private Optional<StructLayout> checkpointHook(ExecutableElement hook) throws Deferred {
    if (!callable(hook, "CheckpointHook")) {
      return Optional.empty();
    }
    String expected = "S " + hook.getSimpleName() + "(CheckpointContext ctx), S a @CkptStruct record with a type id";
    TypeMirror returns = hook.getReturnType();
    if (returns.getKind() == TypeKind.ERROR) {
      throw new Deferred(hook);
    }
    boolean params = hook.getParameters().size() == 1 && isType(hook.getParameters().get(0).asType(), CHECKPOINT_CONTEXT);
    Optional<AnnotationMirror> struct = returns.getKind() == TypeKind.DECLARED
        ? Annotations.find(((DeclaredType) returns).asElement(), CkptStruct.class) : Optional.empty();
    if (!params || struct.isEmpty() || annotations.intValue(struct.get(), "type") == CkptStruct.NESTED) {
      reporter.error(hook, Message.BAD_HOOK_SIGNATURE, "CheckpointHook", hook.getSimpleName(), expected, signature(hook));
      return Optional.empty();
    }
    return structs.analyze((TypeElement) ((DeclaredType) returns).asElement());
  }

  /** {@code int|void restore(RestoreContext, S)} with the S of the checkpoint hook. */
  private boolean restoreHook(ExecutableElement hook, TypeMirror state) {
    if (!callable(hook, "RestoreHook")) {
      return false;
    }
    TypeKind returns = hook.getReturnType().getKind();
    boolean ok = (returns == TypeKind.INT || returns == TypeKind.VOID) && hook.getParameters().size() == 2
        && isType(hook.getParameters().get(0).asType(), RESTORE_CONTEXT)
        && hook.getParameters().get(1).asType().toString().equals(state.toString());
    if (!ok) {
      reporter.error(hook, Message.BAD_HOOK_SIGNATURE, "RestoreHook", hook.getSimpleName(),
          "int " + hook.getSimpleName() + "(RestoreContext ctx, " + state + " state)` (0 or -errno) or `void "
              + hook.getSimpleName() + "(RestoreContext ctx, " + state + " state)", signature(hook));
    }
    return ok;
  }

  /** {@code void abort(RestoreContext)}. */
  private boolean abortHook(ExecutableElement hook) {
    if (!callable(hook, "AbortHook")) {
      return false;
    }
    boolean ok = hook.getReturnType().getKind() == TypeKind.VOID && hook.getParameters().size() == 1
        && isType(hook.getParameters().get(0).asType(), RESTORE_CONTEXT);
    if (!ok) {
      reporter.error(hook, Message.BAD_HOOK_SIGNATURE, "AbortHook", hook.getSimpleName(),
          "void " + hook.getSimpleName() + "(RestoreContext ctx)", signature(hook));
    }
    return ok;
  }

  /**
   * Reports a second subsystem of one name in one image, naming the two by {@code names} (with
   * their modules, when one came from a library); returns false then.
   */
  public static boolean unique(Reporter reporter, Map<String, SubsystemModel> seen, SubsystemModel s, Element at,
      java.util.function.BiFunction<JavaType, JavaType, String[]> names) {
    SubsystemModel other = seen.putIfAbsent(s.image() + "/" + s.name(), s);
    if (other != null) {
      String[] both = names.apply(other.javaType(), s.javaType());
      reporter.error(at, Message.DUPLICATE_SUBSYSTEM, s.name(), both[0], both[1]);
      return false;
    }
    return true;
  }
}
