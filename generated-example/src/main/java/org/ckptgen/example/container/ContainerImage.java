package org.ckptgen.example.container;

import org.ckptgen.annotations.CheckpointImage;

/**
 * The root of a container checkpoint image: its header is {@code container_ckpt_hdr.h}. Its six
 * subsystems reach every struct but the records that the demo writes by hand into an image of
 * every record kind (demo/Samples): those it lists.
 */
@CheckpointImage(name = "container", version = 1,
    structs = {Task.class, TaskCreds.class, Rlimits.class, MemoryPage.class})
public interface ContainerImage {}
