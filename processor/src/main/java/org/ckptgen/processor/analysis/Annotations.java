package org.ckptgen.processor.analysis;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Reads annotations through mirrors, so that values point back at their source (for errors on
 * the exact attribute) and class values work for types compiled in the same round.
 */
public final class Annotations {
  private final Elements elements;
  /** javac's source trees, or null under another compiler. */
  private final Trees trees;

  Annotations(javax.annotation.processing.ProcessingEnvironment env) {
    this.elements = env.getElementUtils();
    Trees found;
    try {
      found = Trees.instance(env);
    } catch (IllegalArgumentException | LinkageError notJavac) {
      found = null;
    }
    this.trees = found;
  }

  /** The mirror of {@code annotation} on {@code element}, if present. */
  public static Optional<AnnotationMirror> find(Element element, Class<?> annotation) {
    String name = annotation.getCanonicalName();
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(name)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  /**
   * Throws {@link Deferred} when an annotation on {@code element}, or one of its values, names a
   * type or constant javac could not resolve (a missing import, a type another processor has
   * yet to generate). Read as absent, such an annotation would silently change the layout: a
   * {@code @U8} without its import would make the member signed. javac leaves an unresolved
   * annotation out of the element's mirrors, so the source tree is asked too.
   */
  void requireResolved(Element element) throws Deferred {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (mirror.getAnnotationType().getKind() == TypeKind.ERROR) {
        throw new Deferred(element);
      }
      for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : mirror.getElementValues().entrySet()) {
        if (!fits(e.getKey().getReturnType(), e.getValue().getValue())) {
          throw new Deferred(element);
        }
      }
    }
    if (trees == null) {
      return;
    }
    TreePath path = trees.getPath(declaration(element));
    ModifiersTree modifiers = path == null ? null
        : path.getLeaf() instanceof VariableTree ? ((VariableTree) path.getLeaf()).getModifiers()
        : path.getLeaf() instanceof ClassTree ? ((ClassTree) path.getLeaf()).getModifiers()
        : null;
    if (modifiers == null) {
      return;
    }
    for (AnnotationTree annotation : modifiers.getAnnotations()) {
      TypeMirror type = trees.getTypeMirror(new TreePath(new TreePath(path, annotation), annotation.getAnnotationType()));
      if (type == null || type.getKind() == TypeKind.ERROR) {
        throw new Deferred(element);
      }
    }
  }

  /** javac has no tree for a record component; its field is declared by the same source text. */
  private static Element declaration(Element element) {
    if (element.getKind() != javax.lang.model.element.ElementKind.RECORD_COMPONENT) {
      return element;
    }
    for (Element e : element.getEnclosingElement().getEnclosedElements()) {
      if (e.getKind() == javax.lang.model.element.ElementKind.FIELD && e.getSimpleName().equals(element.getSimpleName())) {
        return e;
      }
    }
    return element;
  }

  /** True when an attribute value is of its declared type: javac gives unresolved ones as a string. */
  private static boolean fits(TypeMirror declared, Object value) {
    switch (declared.getKind()) {
      case BOOLEAN: return value instanceof Boolean;
      case INT: return value instanceof Integer;
      case LONG: return value instanceof Long;
      case SHORT: return value instanceof Short;
      case BYTE: return value instanceof Byte;
      case CHAR: return value instanceof Character;
      case FLOAT: return value instanceof Float;
      case DOUBLE: return value instanceof Double;
      case ARRAY: return value instanceof java.util.List;
      case DECLARED: {
        TypeElement type = (TypeElement) ((DeclaredType) declared).asElement();
        if (type.getQualifiedName().contentEquals("java.lang.String")) {
          return value instanceof String;
        }
        if (type.getQualifiedName().contentEquals("java.lang.Class")) {
          return value instanceof TypeMirror && ((TypeMirror) value).getKind() != TypeKind.ERROR;
        }
        if (type.getKind() == javax.lang.model.element.ElementKind.ENUM) {
          return value instanceof javax.lang.model.element.VariableElement;
        }
        return type.getKind() != javax.lang.model.element.ElementKind.ANNOTATION_TYPE
            || value instanceof AnnotationMirror;
      }
      default: return true;
    }
  }

  /** The value of {@code attribute}, defaults included. */
  AnnotationValue value(AnnotationMirror mirror, String attribute) {
    Map<? extends ExecutableElement, ? extends AnnotationValue> values =
        elements.getElementValuesWithDefaults(mirror);
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : values.entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(attribute)) {
        return e.getValue();
      }
    }
    throw new IllegalArgumentException("no attribute " + attribute + " on " + mirror);
  }

  int intValue(AnnotationMirror mirror, String attribute) {
    return (Integer) value(mirror, attribute).getValue();
  }

  boolean booleanValue(AnnotationMirror mirror, String attribute) {
    return (Boolean) value(mirror, attribute).getValue();
  }

  String stringValue(AnnotationMirror mirror, String attribute) {
    return (String) value(mirror, attribute).getValue();
  }

  /** The element of a {@code Class<?>} attribute. */
  Element classValue(AnnotationMirror mirror, String attribute) {
    TypeMirror type = (TypeMirror) value(mirror, attribute).getValue();
    return ((DeclaredType) type).asElement();
  }
}
