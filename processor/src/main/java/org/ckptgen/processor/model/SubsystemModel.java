package org.ckptgen.processor.model;

import java.util.List;

/**
 * A validated {@code @Subsystem}: what the generated dispatch calls, and what decides its place in
 * the dispatch order ({@link SubsystemOrder}: {@link #name()}, {@link #after()}, {@link #before()}).
 *
 * @param image the name of the image it belongs to
 * @param state the record its checkpoint hook returns and its restore hook takes
 * @param restoreReturnsCode true for {@code int restore(...)} (0 or -errno), false for {@code void}
 * @param abort the abort hook's method name, or null when there is none
 * @param after the names of {@code @Subsystem(after)}: subsystems that come before this one
 * @param before the names of {@code @Subsystem(before)}: subsystems that come after this one
 * @param since the image version that added the subsystem ({@code @Subsystem(since)}), 1 for the first
 * @param absent the absent hook's method name (restore of an image older than {@code since}), or null
 * @param absentReturnsCode true for {@code int absent(...)}, false for {@code void}
 */
public record SubsystemModel(
    String name,
    JavaType javaType,
    String image,
    StructLayout state,
    String checkpoint,
    String restore,
    boolean restoreReturnsCode,
    String abort,
    List<String> after,
    List<String> before,
    int since,
    String absent,
    boolean absentReturnsCode) {
  public SubsystemModel {
    after = List.copyOf(after);
    before = List.copyOf(before);
  }

  /** {@link #since()} as the subsystem table holds it: 0 for the first version. */
  public int tableSince() {
    return since <= 1 ? 0 : since;
  }
}
