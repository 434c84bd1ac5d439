package org.ckptgen.example.subsystems;

import java.util.ArrayList;
import java.util.List;
import org.ckptgen.example.container.ContainerImageSchema;
import org.ckptgen.example.container.OpenFile;
import org.ckptgen.example.container.User;
import org.ckptgen.example.container.UserNs;
import org.ckptgen.example.model.Model;
import org.ckptgen.image.hook.RestoreContext;

/**
 * Restore side: each shared object comes back as one live object, whichever subsystem asks
 * first, so what was shared is shared again; a namespace's creator comes back before it. Every
 * rule of the seeds is checked here, where the live object is made, so that no path revives
 * anything the caller may not set (a task's cred is checked even if no cred section lists it).
 *
 * <p>Each first asks the context for the live object made already ({@link RestoreContext#made}),
 * so that the many later references make no function each.
 *
 * <p>Nothing here recurses as deep as an image says: the user namespace chain, the one chain of
 * objects an image can make long, is walked in a loop and bounded at the kernel's 32 levels.
 */
final class Revive {
  private Revive() {}

  static Model.Credential cred(RestoreContext ctx, int ref) {
    Model.Credential made = ctx.made(ref, ContainerImageSchema.CRED);
    return made != null ? made : ctx.restored(ref, ContainerImageSchema.CRED, c -> {
      Rules.ids(ctx.caller(), c);
      Rules.capabilities(ctx.caller(), c.capS());
      return new Model.Credential(c.uid(), c.suid(), c.euid(), c.fsuid(), c.gid(), c.sgid(), c.egid(), c.fsgid(),
          user(ctx, c.userRef()), groups(ctx, c.groupinfoRef()), c.capS());
    });
  }

  /**
   * The user {@code ref}, with its namespace and the chain of creators above it. The chain is
   * collected first, from {@code ref} up to a user already live or to the root namespace, at most
   * one user per level the kernel allows; then it is made from the top down, so that each
   * {@link RestoreContext#restored} call finds what it refers to live already.
   */
  static Model.User user(RestoreContext ctx, int ref) {
    List<Integer> chain = new ArrayList<>();
    for (int r = ref; !ctx.isRestored(r); ) {
      chain.add(r);
      if (chain.size() > Rules.MAX_USERNS_LEVEL + 1) {
        Rules.namespace(chain.size() - 1);  // refuses: deeper than any namespace the kernel makes
      }
      UserNs ns = ctx.object(ctx.object(r, ContainerImageSchema.USER).usernsRef(), ContainerImageSchema.USER_NS);
      if (ns.creatorRef() == 0) {
        break;
      }
      r = ns.creatorRef();  // an earlier objref than r's (the image check's rule), so the walk ends
    }
    for (int i = chain.size() - 1; i >= 0; i--) {
      ctx.restored(chain.get(i), ContainerImageSchema.USER, (User u) -> {
        Model.UserNamespace ns = namespace(ctx, u.usernsRef());
        Rules.user(ctx.caller(), u.uid(), ns);
        return new Model.User(u.uid(), ns);
      });
    }
    return ctx.restored(ref, ContainerImageSchema.USER, u -> {
      throw new IllegalStateException("user objref " + ref + " was made above");
    });
  }

  /** A namespace whose creator, if any, is live already (see {@link #user}). */
  private static Model.UserNamespace namespace(RestoreContext ctx, int ref) {
    return ctx.restored(ref, ContainerImageSchema.USER_NS, n -> {
      Model.User creator = n.creatorRef() == 0 ? null
          : ctx.restored(n.creatorRef(), ContainerImageSchema.USER, u -> {
            throw new IllegalStateException("the creator, objref " + n.creatorRef() + ", is made before its namespace");
          });
      Model.UserNamespace ns = new Model.UserNamespace(creator);
      Rules.namespace(ns.level);
      return ns;
    });
  }

  static Model.Groups groups(RestoreContext ctx, int ref) {
    Model.Groups made = ctx.made(ref, ContainerImageSchema.GROUP_INFO);
    return made != null ? made : ctx.restored(ref, ContainerImageSchema.GROUP_INFO, g -> {
      Rules.groups(ctx.caller(), g);
      return new Model.Groups(g.groups());
    });
  }

  /**
   * The image's label with KEEP_LSM, if the caller may take it; otherwise, or for none (0), the
   * restoring caller's.
   */
  static Model.Label label(RestoreContext ctx, int ref, Model.Container container) {
    if (!ctx.has(RestoreContext.Flag.KEEP_LSM) || ref == 0) {
      return container.callerLabel;
    }
    Model.Label made = ctx.made(ref, ContainerImageSchema.LSM_LABEL);
    return made != null ? made : ctx.restored(ref, ContainerImageSchema.LSM_LABEL, l -> {
      Rules.label(ctx.caller(), l.label(), container.callerLabel);
      return new Model.Label(l.sectype(), l.label());
    });
  }

  static Model.Files files(RestoreContext ctx, int ref, Model.Container container) {
    Model.Files made = ctx.made(ref, ContainerImageSchema.FILE_TABLE);
    return made != null ? made : ctx.restored(ref, ContainerImageSchema.FILE_TABLE, t -> {
      OpenFile[] files = t.files();
      Model.OpenFile[] open = new Model.OpenFile[files.length];
      for (int i = 0; i < files.length; i++) {
        OpenFile o = files[i];
        open[i] = new Model.OpenFile(o.fd(), o.flags(), o.pos(), label(ctx, o.labelRef(), container));
      }
      return new Model.Files(List.of(open));  // immutable already: Files' List.copyOf keeps it
    });
  }
}
