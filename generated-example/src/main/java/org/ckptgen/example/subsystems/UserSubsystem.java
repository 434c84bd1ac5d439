package org.ckptgen.example.subsystems;

import java.io.IOException;
import org.ckptgen.annotations.CheckpointHook;
import org.ckptgen.annotations.RestoreHook;
import org.ckptgen.annotations.Subsystem;
import org.ckptgen.example.container.UserSection;
import org.ckptgen.example.model.Model;
import org.ckptgen.image.hook.CheckpointContext;
import org.ckptgen.image.hook.RestoreContext;

/**
 * Users and their user namespaces: restored creator first, each user only if the caller could
 * {@code may_setuid} to it in its namespace; a namespace deeper than the kernel's 32 levels is
 * refused.
 */
@Subsystem("user")
public final class UserSubsystem {
  private final Model.Container container;
  public String refused;

  public UserSubsystem(Model.Container container) {
    this.container = container;
  }

  @CheckpointHook
  public UserSection checkpoint(CheckpointContext ctx) throws IOException {
    Distinct users = new Distinct(ctx);
    for (Model.Task t : container.tasks) {
      users.add(t.cred.user, Share::user);
      users.add(t.ecred.user, Share::user);
    }
    return new UserSection(users.refs());
  }

  @RestoreHook
  public int restore(RestoreContext ctx, UserSection state) {
    try {
      for (int ref : state.users()) {
        Revive.user(ctx, ref);
      }
      return 0;
    } catch (Rules.Refused r) {
      refused = r.getMessage();
      return -r.errno;
    }
  }
}
