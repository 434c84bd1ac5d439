package org.ckptgen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The method of a {@link Subsystem} added in a later image version ({@link Subsystem#since})
 * that restore calls, in the subsystem's place in the order, when the image is of an older
 * version and so has no section of it: {@code int absent(RestoreContext ctx)} returning 0 (the
 * subsystem took a default state) or a negative errno-style code (the image is refused: the
 * subsystems restored before it are aborted, all or nothing, as for a failing restore hook), or
 * {@code void} and throwing to refuse. A subsystem of the first version has none.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface AbsentHook {}
