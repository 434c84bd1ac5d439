package org.ckptgen.example.subsystems;

import java.util.ArrayList;
import java.util.List;
import org.ckptgen.example.container.ContainerImageSchema;
import org.ckptgen.example.container.OpenFile;
import org.ckptgen.example.model.Model;
import org.ckptgen.image.RestoreContext;

/**
 * Restore side: each shared object comes back as one live object, whichever subsystem asks
 * first, so what was shared is shared again; a namespace's creator comes back before it. The
 * seeds' rules are checked here too, so that no path revives ids the caller may not set.
 */
final class Revive {
  private Revive() {}

  static Model.Credential cred(RestoreContext ctx, int ref) {
    return ctx.restored(ref, ContainerImageSchema.CRED, c -> {
      Rules.require(Rules.ids(ctx.caller(), c));  // whatever path asks for it
      return new Model.Credential(c.uid(), c.suid(), c.euid(), c.fsuid(), c.gid(), c.sgid(), c.egid(), c.fsgid(),
          user(ctx, c.userRef()), groups(ctx, c.groupinfoRef()), c.capS());
    });
  }

  static Model.User user(RestoreContext ctx, int ref) {
    return ctx.restored(ref, ContainerImageSchema.USER, u -> new Model.User(u.uid(), namespace(ctx, u.usernsRef())));
  }

  static Model.UserNamespace namespace(RestoreContext ctx, int ref) {
    return ctx.restored(ref, ContainerImageSchema.USER_NS, n -> new Model.UserNamespace(user(ctx, n.creatorRef())));
  }

  static Model.Groups groups(RestoreContext ctx, int ref) {
    return ctx.restored(ref, ContainerImageSchema.GROUP_INFO, g -> {
      Rules.require(Rules.groups(ctx.caller(), g));
      return new Model.Groups(g.groups());
    });
  }

  /** The image's label with KEEP_LSM; otherwise the restoring caller's. */
  static Model.Label label(RestoreContext ctx, int ref, Model.Container container) {
    if (!ctx.has(RestoreContext.Flag.KEEP_LSM) || ref == 0) {
      return container.callerLabel;
    }
    return ctx.restored(ref, ContainerImageSchema.LSM_LABEL, l -> new Model.Label(l.sectype(), l.label()));
  }

  static Model.Files files(RestoreContext ctx, int ref, Model.Container container) {
    return ctx.restored(ref, ContainerImageSchema.FILE_TABLE, t -> {
      List<Model.OpenFile> open = new ArrayList<>();
      for (OpenFile o : t.files()) {
        open.add(new Model.OpenFile(o.fd(), o.flags(), o.pos(), label(ctx, o.labelRef(), container)));
      }
      return new Model.Files(open);
    });
  }
}
