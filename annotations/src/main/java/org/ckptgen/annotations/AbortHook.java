package org.ckptgen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The method of a {@link Subsystem} that undoes its restore, {@code void abort(RestoreContext
 * ctx)}: called, in reverse order, on every subsystem already restored when a later one fails,
 * so that a failed restore leaves the system as it was. Optional for a subsystem whose restore
 * changes nothing a later failure must undo.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface AbortHook {}
