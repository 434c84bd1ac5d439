package org.ckptgen.processor.analysis;

import javax.lang.model.element.Element;

/**
 * A struct mentions a type that does not exist yet (another processor may generate it in a later
 * round). The struct is analysed again next round; at the last round the type is reported.
 */
public final class Deferred extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient Element unresolved;

  Deferred(Element unresolved) {
    super(null, null, false, false);
    this.unresolved = unresolved;
  }

  /** The component whose type could not be resolved. */
  public Element unresolved() {
    return unresolved;
  }
}
