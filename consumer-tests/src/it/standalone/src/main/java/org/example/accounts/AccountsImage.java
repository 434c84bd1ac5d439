package org.example.accounts;

import org.ckptgen.annotations.CheckpointImage;

/** The image of a user's own project, built with ckptgen as the README says; written by hand, it lists its record. */
@CheckpointImage(name = "accounts", version = 1, structs = Account.class)
public interface AccountsImage {}
