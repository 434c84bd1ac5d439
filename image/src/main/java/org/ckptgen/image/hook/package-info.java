/**
 * The hook API: what a subsystem's {@code @CheckpointHook}, {@code @RestoreHook} and
 * {@code @AbortHook} methods take and throw, and what the generated dispatch gives them.
 *
 * <p>Public API:
 * <ul>
 *   <li>{@link org.ckptgen.image.hook.CheckpointContext}: shares live objects (written once, by
 *       objref, after what they refer to);
 *   <li>{@link org.ckptgen.image.hook.RestoreContext}: the restore's flags, its caller and the
 *       image's shared objects by id and expected type;
 *   <li>{@link org.ckptgen.image.hook.Caller}: who asks for a restore, with the kernel's checks of
 *       what it may set (docs/RESTORE-RULES.md);
 *   <li>{@link org.ckptgen.image.hook.CheckpointException} and
 *       {@link org.ckptgen.image.hook.RestoreException}: what the dispatch throws when a hook fails.
 * </ul>
 *
 * <p>It builds on {@link org.ckptgen.image}'s public API (records go through
 * {@link org.ckptgen.runtime.RecordCodec}, images through {@link org.ckptgen.image.ImageWriter})
 * and is independent of {@link org.ckptgen.image.tools}. The processor checks hook signatures
 * against these classes by name, and the generated dispatch calls them.
 */
package org.ckptgen.image.hook;
