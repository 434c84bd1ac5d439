package org.ckptgen.processor.diag;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
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
    messager.printMessage(Diagnostic.Kind.ERROR, message.format(args), element);
  }

  public void error(Element element, AnnotationMirror annotation, AnnotationValue value,
      Message message, Object... args) {
    errors = true;
    messager.printMessage(Diagnostic.Kind.ERROR, message.format(args), element, annotation, value);
  }

  public void note(Message message, Object... args) {
    messager.printMessage(Diagnostic.Kind.NOTE, message.format(args));
  }

  /** True once any error was reported: then nothing more is generated. */
  public boolean hasErrors() {
    return errors;
  }
}
