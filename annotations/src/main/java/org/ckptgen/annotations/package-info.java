/**
 * The annotations a subsystem writes: {@link org.ckptgen.annotations.CkptStruct} on the records
 * that hold its checkpointed state, field annotations for their C types and bounds, and
 * {@link org.ckptgen.annotations.CheckpointImage} on the root of an image.
 */
package org.ckptgen.annotations;
