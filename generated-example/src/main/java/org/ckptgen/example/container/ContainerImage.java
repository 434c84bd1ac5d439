package org.ckptgen.example.container;

import org.ckptgen.annotations.CheckpointImage;

/**
 * The root of a container checkpoint image: its header is {@code container_ckpt_hdr.h}. Its six
 * subsystems reach every struct but the records that the demo writes by hand into an image of
 * every record kind (demo/Samples): those it lists.
 *
 * <p>Version 2 puts the cred subsystem last (seeds/002: credentials are applied at the very end of
 * restart), so its images list the subsystems in another order than version 1's sorted one; this
 * build restores both (the golden images of each, src/test/resources/golden).
 */
@CheckpointImage(name = "container", version = 2,
    structs = {Task.class, TaskCreds.class, Rlimits.class, MemoryPage.class})
public interface ContainerImage {}
