/**
 * Tools that work on any image by its own schema, without the subsystems' classes: what
 * {@code ckpt} runs.
 *
 * <p>Public API:
 * <ul>
 *   <li>{@link org.ckptgen.image.tools.ImageDump}: an image as text or JSON ({@code ckpt dump});
 *   <li>{@link org.ckptgen.image.tools.ImageDiff}: a structural diff of two images ({@code ckpt diff});
 *   <li>{@link org.ckptgen.image.tools.GenericEncoder}: records written from values, checked as the
 *       generated codecs check them ({@code ckpt encode});
 *   <li>{@link org.ckptgen.image.tools.ImageRewriter}: the user-space filter that replaces records
 *       and writes a valid image, and {@link org.ckptgen.image.tools.IdRemap}, its id-mapping edit
 *       ({@code ckpt remap}).
 * </ul>
 *
 * <p>It builds on {@link org.ckptgen.image}'s public API only (reading, the generic decoder,
 * {@link org.ckptgen.image.AtomicFile}, {@link org.ckptgen.image.Printable}, the framing records'
 * generated codecs). Generated code uses it in one place: a build's {@code <Root>Reader} offers
 * {@code json} and {@code rewrite} through {@link org.ckptgen.image.tools.ImageDump} and
 * {@link org.ckptgen.image.tools.ImageRewriter}.
 */
package org.ckptgen.image.tools;
