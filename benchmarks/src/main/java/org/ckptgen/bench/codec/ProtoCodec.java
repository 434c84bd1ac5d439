package org.ckptgen.bench.codec;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.CodedOutputStream;
import java.io.IOException;
import org.ckptgen.bench.proto.CapabilitiesProto;
import org.ckptgen.bench.proto.CredProto;
import org.ckptgen.bench.proto.GroupInfoProto;
import org.ckptgen.example.container.Capabilities;
import org.ckptgen.example.container.Cred;
import org.ckptgen.example.container.GroupInfo;

/**
 * protobuf-java as its users write it: build a message, write it to a {@link CodedOutputStream}
 * over a reused array; parse a message from the bytes and read its fields into the same values
 * the other codecs return.
 */
final class ProtoCodec {
  private ProtoCodec() {}

  static int encode(Cred v, byte[] buf) throws IOException {
    Capabilities c = v.capS();
    CredProto m = CredProto.newBuilder()
        .setUid(v.uid()).setSuid(v.suid()).setEuid(v.euid()).setFsuid(v.fsuid())
        .setGid(v.gid()).setSgid(v.sgid()).setEgid(v.egid()).setFsgid(v.fsgid())
        .setUserRef(v.userRef()).setGroupinfoRef(v.groupinfoRef())
        .setCapS(CapabilitiesProto.newBuilder().setCapIMask(c.capIMask()).setCapPMask(c.capPMask())
            .setCapEMask(c.capEMask()).setCapBsetMask(c.capBsetMask()).setSecurebits(c.securebits()))
        .build();
    CodedOutputStream out = CodedOutputStream.newInstance(buf);
    m.writeTo(out);
    return out.getTotalBytesWritten();
  }

  static Cred decodeCred(byte[] buf, int len) throws IOException {
    CredProto m = CredProto.parseFrom(CodedInputStream.newInstance(buf, 0, len));
    CapabilitiesProto c = m.getCapS();
    return new Cred(m.getUid(), m.getSuid(), m.getEuid(), m.getFsuid(), m.getGid(), m.getSgid(), m.getEgid(),
        m.getFsgid(), m.getUserRef(), m.getGroupinfoRef(),
        new Capabilities(c.getCapIMask(), c.getCapPMask(), c.getCapEMask(), c.getCapBsetMask(), c.getSecurebits()));
  }

  static int encode(GroupInfo v, byte[] buf) throws IOException {
    GroupInfoProto.Builder b = GroupInfoProto.newBuilder();
    for (int gid : v.groups()) {
      b.addGroups(gid);
    }
    CodedOutputStream out = CodedOutputStream.newInstance(buf);
    b.build().writeTo(out);
    return out.getTotalBytesWritten();
  }

  static GroupInfo decodeGroupInfo(byte[] buf, int len) throws IOException {
    GroupInfoProto m = GroupInfoProto.parseFrom(CodedInputStream.newInstance(buf, 0, len));
    int[] groups = new int[m.getGroupsCount()];
    for (int i = 0; i < groups.length; i++) {
      groups[i] = m.getGroups(i);
    }
    return new GroupInfo(groups);
  }
}
