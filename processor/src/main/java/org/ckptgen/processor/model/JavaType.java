package org.ckptgen.processor.model;

import java.util.List;

/**
 * A Java class named without {@code javax.lang.model}: its package and its simple names from the
 * top-level class inwards ({@code [Outer, Inner]}).
 */
public record JavaType(String packageName, List<String> simpleNames) {

  public String qualifiedName() {
    String nested = String.join(".", simpleNames);
    return packageName.isEmpty() ? nested : packageName + "." + nested;
  }

  /** The innermost simple name. */
  public String simpleName() {
    return simpleNames.get(simpleNames.size() - 1);
  }

  /** A name for a class generated beside this one: {@code Outer_InnerSuffix}. */
  public String flatName(String suffix) {
    return String.join("_", simpleNames) + suffix;
  }
}
