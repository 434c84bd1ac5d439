package org.ckptgen.multimodule.app;

import org.ckptgen.annotations.CheckpointImage;

/**
 * The image of a daemon: this module's own "proc" subsystem, "net" from lib-a and "ipc" from
 * lib-b. This module's build assembles it: {@code DaemonImageDispatch}, {@code DaemonImageSchema},
 * {@code DaemonImageReader}, {@code daemon_ckpt_hdr.h}, {@code daemon_ckpt_reader.h} and
 * {@code daemon.ckptschema}.
 */
@CheckpointImage(name = "daemon")
public interface DaemonImage {}
