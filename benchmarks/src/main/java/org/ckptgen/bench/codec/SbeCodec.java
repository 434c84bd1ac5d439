package org.ckptgen.bench.codec;

import org.agrona.concurrent.UnsafeBuffer;
import org.ckptgen.bench.sbe.CapabilitiesDecoder;
import org.ckptgen.bench.sbe.CapabilitiesEncoder;
import org.ckptgen.bench.sbe.CredMessageDecoder;
import org.ckptgen.bench.sbe.CredMessageEncoder;
import org.ckptgen.bench.sbe.GroupInfoMessageDecoder;
import org.ckptgen.bench.sbe.GroupInfoMessageEncoder;
import org.ckptgen.bench.sbe.MessageHeaderDecoder;
import org.ckptgen.bench.sbe.MessageHeaderEncoder;
import org.ckptgen.example.container.Capabilities;
import org.ckptgen.example.container.Cred;
import org.ckptgen.example.container.GroupInfo;

/**
 * SBE's generated flyweights, used as SBE's documentation shows: reused encoders and decoders
 * wrapping an {@link UnsafeBuffer}, with the standard message header. Decoding builds the same
 * {@link Cred} and {@link GroupInfo} values the other codecs return; SBE checks nothing beyond
 * what its flyweights read (no padding, bound or order checks).
 */
final class SbeCodec {
  private final MessageHeaderEncoder headerEncoder = new MessageHeaderEncoder();
  private final MessageHeaderDecoder headerDecoder = new MessageHeaderDecoder();
  private final CredMessageEncoder credEncoder = new CredMessageEncoder();
  private final CredMessageDecoder credDecoder = new CredMessageDecoder();
  private final GroupInfoMessageEncoder groupsEncoder = new GroupInfoMessageEncoder();
  private final GroupInfoMessageDecoder groupsDecoder = new GroupInfoMessageDecoder();

  int encode(Cred v, UnsafeBuffer buf) {
    credEncoder.wrapAndApplyHeader(buf, 0, headerEncoder)
        .uid(Integer.toUnsignedLong(v.uid())).suid(Integer.toUnsignedLong(v.suid()))
        .euid(Integer.toUnsignedLong(v.euid())).fsuid(Integer.toUnsignedLong(v.fsuid()))
        .gid(Integer.toUnsignedLong(v.gid())).sgid(Integer.toUnsignedLong(v.sgid()))
        .egid(Integer.toUnsignedLong(v.egid())).fsgid(Integer.toUnsignedLong(v.fsgid()))
        .userRef(v.userRef()).groupinfoRef(v.groupinfoRef());
    Capabilities c = v.capS();
    CapabilitiesEncoder caps = credEncoder.capS();
    caps.capIMask(c.capIMask()).capPMask(c.capPMask()).capEMask(c.capEMask()).capBsetMask(c.capBsetMask())
        .securebits(Integer.toUnsignedLong(c.securebits()));
    return MessageHeaderEncoder.ENCODED_LENGTH + credEncoder.encodedLength();
  }

  Cred decodeCred(UnsafeBuffer buf) {
    CredMessageDecoder d = credDecoder.wrapAndApplyHeader(buf, 0, headerDecoder);
    CapabilitiesDecoder c = d.capS();
    return new Cred((int) d.uid(), (int) d.suid(), (int) d.euid(), (int) d.fsuid(), (int) d.gid(), (int) d.sgid(),
        (int) d.egid(), (int) d.fsgid(), d.userRef(), d.groupinfoRef(),
        new Capabilities(c.capIMask(), c.capPMask(), c.capEMask(), c.capBsetMask(), (int) c.securebits()));
  }

  int encode(GroupInfo v, UnsafeBuffer buf) {
    int[] groups = v.groups();
    GroupInfoMessageEncoder.GroupsEncoder g = groupsEncoder.wrapAndApplyHeader(buf, 0, headerEncoder)
        .groupsCount(groups.length);
    for (int gid : groups) {
      g.next().gid(Integer.toUnsignedLong(gid));
    }
    return MessageHeaderEncoder.ENCODED_LENGTH + groupsEncoder.encodedLength();
  }

  GroupInfo decodeGroupInfo(UnsafeBuffer buf) {
    GroupInfoMessageDecoder.GroupsDecoder g = groupsDecoder.wrapAndApplyHeader(buf, 0, headerDecoder).groups();
    int[] groups = new int[g.count()];
    for (int i = 0; i < groups.length; i++) {
      groups[i] = (int) g.next().gid();
    }
    return new GroupInfo(groups);
  }
}
