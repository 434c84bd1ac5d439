package org.ckptgen.processor.model;

import java.util.List;

/**
 * A user enum stored by its stable codes.
 *
 * @param javaType the Java type, as {@code package} and nested simple names
 * @param cName the C enum tag, such as {@code ckpt_sectype}
 * @param storage the unsigned integer that holds a code in a struct
 */
public record EnumModel(JavaType javaType, String cName, Scalar storage, List<Constant> constants) {

  /** One constant: {@code javaName} in Java, {@code cName} in C, stored as {@code code}. */
  public record Constant(String javaName, String cName, long code) {}
}
