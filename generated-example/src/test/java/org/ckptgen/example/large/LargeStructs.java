package org.ckptgen.example.large;

import org.ckptgen.annotations.CkptStruct;
import org.ckptgen.annotations.U32;
import org.ckptgen.annotations.VarArray;

/**
 * 300 record structs, more than SchemaWriter.CHUNK (256): the schema classes of this build are
 * made in parts. Written by a loop, once; each struct differs only in its type id.
 */
public interface LargeStructs {
  @CkptStruct(type = 0x2000) record L0(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2001) record L1(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2002) record L2(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2003) record L3(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2004) record L4(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2005) record L5(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2006) record L6(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2007) record L7(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2008) record L8(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2009) record L9(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x200a) record L10(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x200b) record L11(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x200c) record L12(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x200d) record L13(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x200e) record L14(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x200f) record L15(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2010) record L16(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2011) record L17(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2012) record L18(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2013) record L19(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2014) record L20(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2015) record L21(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2016) record L22(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2017) record L23(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2018) record L24(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2019) record L25(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x201a) record L26(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x201b) record L27(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x201c) record L28(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x201d) record L29(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x201e) record L30(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x201f) record L31(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2020) record L32(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2021) record L33(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2022) record L34(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2023) record L35(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2024) record L36(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2025) record L37(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2026) record L38(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2027) record L39(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2028) record L40(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2029) record L41(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x202a) record L42(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x202b) record L43(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x202c) record L44(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x202d) record L45(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x202e) record L46(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x202f) record L47(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2030) record L48(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2031) record L49(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2032) record L50(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2033) record L51(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2034) record L52(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2035) record L53(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2036) record L54(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2037) record L55(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2038) record L56(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2039) record L57(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x203a) record L58(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x203b) record L59(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x203c) record L60(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x203d) record L61(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x203e) record L62(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x203f) record L63(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2040) record L64(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2041) record L65(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2042) record L66(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2043) record L67(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2044) record L68(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2045) record L69(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2046) record L70(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2047) record L71(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2048) record L72(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2049) record L73(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x204a) record L74(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x204b) record L75(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x204c) record L76(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x204d) record L77(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x204e) record L78(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x204f) record L79(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2050) record L80(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2051) record L81(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2052) record L82(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2053) record L83(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2054) record L84(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2055) record L85(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2056) record L86(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2057) record L87(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2058) record L88(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2059) record L89(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x205a) record L90(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x205b) record L91(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x205c) record L92(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x205d) record L93(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x205e) record L94(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x205f) record L95(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2060) record L96(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2061) record L97(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2062) record L98(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2063) record L99(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2064) record L100(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2065) record L101(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2066) record L102(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2067) record L103(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2068) record L104(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2069) record L105(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x206a) record L106(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x206b) record L107(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x206c) record L108(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x206d) record L109(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x206e) record L110(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x206f) record L111(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2070) record L112(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2071) record L113(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2072) record L114(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2073) record L115(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2074) record L116(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2075) record L117(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2076) record L118(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2077) record L119(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2078) record L120(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2079) record L121(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x207a) record L122(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x207b) record L123(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x207c) record L124(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x207d) record L125(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x207e) record L126(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x207f) record L127(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2080) record L128(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2081) record L129(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2082) record L130(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2083) record L131(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2084) record L132(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2085) record L133(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2086) record L134(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2087) record L135(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2088) record L136(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2089) record L137(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x208a) record L138(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x208b) record L139(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x208c) record L140(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x208d) record L141(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x208e) record L142(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x208f) record L143(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2090) record L144(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2091) record L145(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2092) record L146(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2093) record L147(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2094) record L148(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2095) record L149(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2096) record L150(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2097) record L151(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2098) record L152(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2099) record L153(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x209a) record L154(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x209b) record L155(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x209c) record L156(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x209d) record L157(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x209e) record L158(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x209f) record L159(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20a0) record L160(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20a1) record L161(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20a2) record L162(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20a3) record L163(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20a4) record L164(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20a5) record L165(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20a6) record L166(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20a7) record L167(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20a8) record L168(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20a9) record L169(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20aa) record L170(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20ab) record L171(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20ac) record L172(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20ad) record L173(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20ae) record L174(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20af) record L175(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20b0) record L176(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20b1) record L177(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20b2) record L178(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20b3) record L179(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20b4) record L180(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20b5) record L181(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20b6) record L182(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20b7) record L183(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20b8) record L184(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20b9) record L185(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20ba) record L186(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20bb) record L187(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20bc) record L188(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20bd) record L189(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20be) record L190(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20bf) record L191(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20c0) record L192(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20c1) record L193(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20c2) record L194(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20c3) record L195(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20c4) record L196(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20c5) record L197(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20c6) record L198(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20c7) record L199(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20c8) record L200(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20c9) record L201(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20ca) record L202(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20cb) record L203(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20cc) record L204(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20cd) record L205(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20ce) record L206(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20cf) record L207(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20d0) record L208(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20d1) record L209(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20d2) record L210(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20d3) record L211(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20d4) record L212(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20d5) record L213(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20d6) record L214(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20d7) record L215(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20d8) record L216(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20d9) record L217(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20da) record L218(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20db) record L219(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20dc) record L220(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20dd) record L221(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20de) record L222(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20df) record L223(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20e0) record L224(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20e1) record L225(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20e2) record L226(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20e3) record L227(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20e4) record L228(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20e5) record L229(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20e6) record L230(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20e7) record L231(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20e8) record L232(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20e9) record L233(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20ea) record L234(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20eb) record L235(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20ec) record L236(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20ed) record L237(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20ee) record L238(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20ef) record L239(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20f0) record L240(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20f1) record L241(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20f2) record L242(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20f3) record L243(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20f4) record L244(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20f5) record L245(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20f6) record L246(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20f7) record L247(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20f8) record L248(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20f9) record L249(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20fa) record L250(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20fb) record L251(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20fc) record L252(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20fd) record L253(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20fe) record L254(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x20ff) record L255(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2100) record L256(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2101) record L257(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2102) record L258(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2103) record L259(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2104) record L260(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2105) record L261(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2106) record L262(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2107) record L263(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2108) record L264(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2109) record L265(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x210a) record L266(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x210b) record L267(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x210c) record L268(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x210d) record L269(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x210e) record L270(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x210f) record L271(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2110) record L272(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2111) record L273(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2112) record L274(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2113) record L275(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2114) record L276(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2115) record L277(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2116) record L278(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2117) record L279(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2118) record L280(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2119) record L281(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x211a) record L282(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x211b) record L283(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x211c) record L284(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x211d) record L285(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x211e) record L286(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x211f) record L287(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2120) record L288(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2121) record L289(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2122) record L290(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2123) record L291(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2124) record L292(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2125) record L293(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2126) record L294(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2127) record L295(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2128) record L296(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2129) record L297(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x212a) record L298(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x212b) record L299(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}
}
