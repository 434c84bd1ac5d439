package org.ckptgen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The method of a {@link Subsystem} that takes its state back: {@code int restore(RestoreContext
 * ctx, S state)} returning 0 for success or a negative errno-style code, or {@code void} and
 * throwing on failure. It runs only after the whole image was checked, in the dispatch order
 * ({@link Subsystem#after}, {@link Subsystem#before}, then by name); when it fails, the subsystems restored before it are aborted in reverse.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface RestoreHook {}
