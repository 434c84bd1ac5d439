package org.example.accounts;

import org.ckptgen.annotations.CheckpointImage;

/** The image of a user's own project, built with ckptgen as the README says. */
@CheckpointImage(name = "accounts", version = 1)
public interface AccountsImage {}
