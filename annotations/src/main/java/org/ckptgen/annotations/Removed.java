package org.ckptgen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A subsystem that older versions of an image had and this build has removed, in {@link
 * CheckpointImage#removed}: {@code @CheckpointImage(name = "container", version = 3, removed =
 * @Removed(name = "clock", policy = Removed.Policy.SKIP))}. The image's subsystem table lists it,
 * flagged removed, so that every reader of the build (restore, the typed and generic readers, the
 * C reader) treats a section of it in an older image alike.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Removed {
  /** The removed subsystem's name, as its sections name it. */
  String name();

  /** What restoring an older image does with a section of it. */
  Policy policy() default Policy.REFUSE;

  /** What a build does with a section of a subsystem it has removed. */
  enum Policy {
    /** The section is skipped: its state is not read, no hook runs for it; its shared objects keep their ids. */
    SKIP,
    /** The image is refused before any hook runs, naming the subsystem. */
    REFUSE
  }
}
