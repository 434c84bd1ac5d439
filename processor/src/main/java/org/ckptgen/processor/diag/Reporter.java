package org.ckptgen.processor.diag;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.tools.Diagnostic;

/**
 * The one place that prints diagnostics. Every message is tied to the element at fault (and to
 * the annotation value where there is one), and any error stops generation for the whole build.
 */
public final class Reporter {
  private final Messager messager;
  private boolean errors;

  public Reporter(Messager messager) {
    this.messager = messager;
  }

  public void error(Element element, Message message, Object... args) {
    errors = true;
    messager.printMessage(Diagnostic.Kind.ERROR, message.format(args), positioned(element));
  }

  public void error(Element element, AnnotationMirror annotation, AnnotationValue value,
      Message message, Object... args) {
    errors = true;
    Element at = positioned(element);
    if (at == element) {
      messager.printMessage(Diagnostic.Kind.ERROR, message.format(args), at, annotation, value);
    } else {
      // the annotation sits on the component, not on the field that carries the position
      messager.printMessage(Diagnostic.Kind.ERROR, message.format(args), at);
    }
  }

  /**
   * javac knows no source position for a record component, so a message on one would print
   * without file and line; the component's private field is declared at the same place.
   */
  private static Element positioned(Element element) {
    if (element == null || element.getKind() != ElementKind.RECORD_COMPONENT) {
      return element;
    }
    for (Element e : element.getEnclosingElement().getEnclosedElements()) {
      if (e.getKind() == ElementKind.FIELD && e.getSimpleName().equals(element.getSimpleName())) {
        return e;
      }
    }
    return element;
  }

  /** A warning on {@code element}: the build goes on (unless javac's -Werror says otherwise). */
  public void warning(Element element, Message message, Object... args) {
    messager.printMessage(Diagnostic.Kind.WARNING, message.format(args), positioned(element));
  }

  /**
   * Prints a message already made by {@link Message#format} (where the text is made apart from
   * the element it goes on, as the compatibility gate's findings are): an error, or a note.
   */
  public void formatted(Element element, boolean error, String text) {
    errors |= error;
    messager.printMessage(error ? Diagnostic.Kind.ERROR : Diagnostic.Kind.NOTE, text, positioned(element));
  }

  public void note(Message message, Object... args) {
    messager.printMessage(Diagnostic.Kind.NOTE, message.format(args));
  }

  /** True once any error was reported: then nothing more is generated. */
  public boolean hasErrors() {
    return errors;
  }
}
