package org.ckptgen.processor.model;

/**
 * A validated {@code @Subsystem}: what the generated dispatch calls, and in which order (by
 * {@link #name()}).
 *
 * @param image the name of the image it belongs to
 * @param state the record its checkpoint hook returns and its restore hook takes
 * @param restoreReturnsCode true for {@code int restore(...)} (0 or -errno), false for {@code void}
 * @param abort the abort hook's method name, or null when there is none
 */
public record SubsystemModel(
    String name,
    JavaType javaType,
    String image,
    StructLayout state,
    String checkpoint,
    String restore,
    boolean restoreReturnsCode,
    String abort) {}
