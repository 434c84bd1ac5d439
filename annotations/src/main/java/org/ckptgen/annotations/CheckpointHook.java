package org.ckptgen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The method of a {@link Subsystem} that saves its state: {@code S checkpoint(CheckpointContext
 * ctx)}, where {@code S} is a {@code @CkptStruct} record with a type id. Shared objects go
 * through {@code ctx}, which writes each at its first reference. It may throw; the checkpoint
 * then fails and any earlier image at the same path is left as it was.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface CheckpointHook {}
