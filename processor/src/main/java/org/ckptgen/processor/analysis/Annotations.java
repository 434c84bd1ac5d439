package org.ckptgen.processor.analysis;

import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Reads annotations through mirrors, so that values point back at their source (for errors on
 * the exact attribute) and class values work for types compiled in the same round.
 */
public final class Annotations {
  private final Elements elements;

  Annotations(Elements elements) {
    this.elements = elements;
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
