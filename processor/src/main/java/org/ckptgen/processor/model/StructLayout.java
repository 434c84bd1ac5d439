package org.ckptgen.processor.model;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A {@code @CkptStruct} laid out: every member at its offset, padding explicit, size a multiple
 * of 8. Built once; the Java codec writer and the C templates both read it.
 *
 * @param typeId the record type id, or 0 for a value struct (nested only, no header)
 * @param typeConstant the C name of the type id ({@code CKPT_HDR_CRED}), or null
 * @param size bytes of the fixed part, header included; the variable member follows it
 */
public record StructLayout(
    JavaType javaType,
    String cName,
    int typeId,
    String typeConstant,
    boolean shared,
    List<Member> members,
    int size,
    String doc) {

  public static final int ALIGN = 8;

  public boolean isRecord() {
    return typeId != 0;
  }

  /** The user's fields, in the order of the record components. */
  public List<Member> fields() {
    return members.stream().filter(m -> m.role() == Member.Role.FIELD).collect(Collectors.toList());
  }

  /** The trailing variable-length member, if any. */
  public Optional<Member> variable() {
    return members.stream().filter(m -> m.arity() == Member.Arity.VARIABLE).findFirst();
  }

  /** The member named {@code cName}. */
  public Member member(String memberCName) {
    return members.stream()
        .filter(m -> m.cName().equals(memberCName))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(cName + " has no member " + memberCName));
  }

  /** The record's version: the highest {@code @Since} of its members, 1 without any. */
  public int version() {
    return members.stream().mapToInt(Member::since).max().orElse(1);
  }

  /** Where the record of {@code version} ends: where the first member of a later version starts. */
  public int sizeOfVersion(int version) {
    return members.stream().filter(m -> m.since() > version).mapToInt(Member::offset).min().orElse(size);
  }

  /**
   * The shortest record a reader accepts, header included: the fixed part of version 1
   * ({@link #size} unless the record has evolved). Java and C readers refuse a shorter one.
   */
  public int minLength() {
    return sizeOfVersion(1);
  }

  /**
   * Bytes that follow the variable member's elements: 1, the NUL, after a string's text; 0
   * otherwise. A record's length is {@code size + count * elementSize + variableTail}.
   */
  public int variableTail() {
    return variable().filter(m -> m.element() == Member.Element.CHAR).isPresent() ? 1 : 0;
  }

  /** The type id as C writes it: {@code 0x0101}. */
  public String typeIdHex() {
    return String.format("0x%04x", typeId);
  }
}
