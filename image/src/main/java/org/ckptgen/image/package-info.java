/**
 * The image format and its I/O: what every reader and writer of a checkpoint image uses, and
 * what generated code calls.
 *
 * <p>Public API:
 * <ul>
 *   <li>the framing, declared as checkpoint structs and compiled by the processor like user
 *       records: {@link org.ckptgen.image.ImageHeader} with its {@link org.ckptgen.image.SchemaEntry}
 *       table, the field, enum and subsystem tables ({@link org.ckptgen.image.SchemaFields},
 *       {@link org.ckptgen.image.SchemaEnums}, {@link org.ckptgen.image.SchemaSubsystems}),
 *       {@link org.ckptgen.image.Section}, {@link org.ckptgen.image.ObjectRef},
 *       {@link org.ckptgen.image.ImageSignature} and {@link org.ckptgen.image.Trailer}; their codecs
 *       are generated into this package;
 *   <li>writing and reading: {@link org.ckptgen.image.ImageWriter}, {@link org.ckptgen.image.ImageReader}
 *       (a file), {@link org.ckptgen.image.ImageStream} (a stream), {@link org.ckptgen.image.RecordView},
 *       {@link org.ckptgen.image.Progress} (records are encoded and decoded through
 *       {@link org.ckptgen.runtime.RecordCodec}, which every generated record codec implements);
 *   <li>the one verdict on an image: {@link org.ckptgen.image.TrustedSchema} (the build's schema
 *       against the image's) and {@link org.ckptgen.image.ImageChecker} (the whole image before any
 *       restore hook); {@link org.ckptgen.image.Signing};
 *   <li>reading by the image's own schema: {@link org.ckptgen.image.ImageLayout},
 *       {@link org.ckptgen.image.GenericDecoder}, {@link org.ckptgen.image.GenericRecord}. They are
 *       here, not among the tools, because the checker decodes every record with them to check its
 *       objrefs, and the generated Reader uses them for records of other builds;
 *   <li>{@link org.ckptgen.image.AtomicFile} and {@link org.ckptgen.image.Printable}, which every
 *       writer of files and printer of image text goes through.
 * </ul>
 *
 * <p>Packages: this one depends on no other package of ckptgen-image but for one type,
 * {@link org.ckptgen.image.hook.RestoreContext.SharedObject} in {@link org.ckptgen.image.ImageChecker.Checked}:
 * the checker hands restore the shared objects in the type the hooks get them in.
 * {@link org.ckptgen.image.hook} (the hook API) and {@link org.ckptgen.image.tools} build on this
 * package's public API only. No package-private member is used across packages: what another
 * package needs is public here, and there is no internal package; all three packages are part
 * of the module {@code org.ckptgen.image}'s API.
 */
package org.ckptgen.image;
