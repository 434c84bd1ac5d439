package org.ckptgen.example.journal;

import org.ckptgen.annotations.CheckpointImage;

/**
 * An image whose subsystems declare their order (@Subsystem(after, before)), out of sorted order:
 * task, user_ns, user, cred; sorted by name they would run cred, task, user, user_ns. Its
 * subsystems log to a {@link Journal} as the journal image's do.
 */
@CheckpointImage(name = "ordered", version = 1)
public interface OrderedImage {}
