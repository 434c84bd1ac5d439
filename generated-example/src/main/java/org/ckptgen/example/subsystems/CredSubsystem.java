package org.ckptgen.example.subsystems;

import java.io.IOException;
import org.ckptgen.annotations.CheckpointHook;
import org.ckptgen.annotations.RestoreHook;
import org.ckptgen.annotations.Subsystem;
import org.ckptgen.example.container.CredSection;
import org.ckptgen.example.model.Model;
import org.ckptgen.image.hook.CheckpointContext;
import org.ckptgen.image.hook.RestoreContext;

/**
 * Credentials: restore_cred's rules (seeds/002) on every credential: ids the caller could
 * setresuid/setresgid to, capabilities as restore_capabilities allows them, and through the
 * objects a credential refers to, its user (may_setuid) and its groups.
 *
 * <p>It comes after every other subsystem (seeds/002: "The reconstructed creds are applied to the
 * task at the very end of the sys_restart call"): its section is written last, and its restore
 * hook runs last, once the tasks, labels and namespaces are back. As restore_task_objs prepares a
 * task's credentials before restore_creds commits them, the task hook revives the credentials its
 * tasks hold (every rule is checked where a credential is revived, whichever hook asks first), and
 * this hook checks every credential the image lists, the ones no task holds included.
 */
@Subsystem(value = "cred", after = {"groupinfo", "lsm", "task", "user", "uts"})
public final class CredSubsystem {
  private final Model.Container container;
  /** Why the last restore was refused, for the demo's summary. */
  public String refused;

  public CredSubsystem(Model.Container container) {
    this.container = container;
  }

  @CheckpointHook
  public CredSection checkpoint(CheckpointContext ctx) throws IOException {
    Distinct creds = new Distinct(ctx);
    for (Model.Task t : container.tasks) {
      creds.add(t.cred, Share::cred);
      creds.add(t.ecred, Share::cred);
    }
    return new CredSection(creds.refs());
  }

  @RestoreHook
  public int restore(RestoreContext ctx, CredSection state) {
    try {
      for (int ref : state.creds()) {
        Revive.cred(ctx, ref);
      }
      return 0;
    } catch (Rules.Refused r) {
      refused = r.getMessage();
      return -r.errno;
    }
  }
}
