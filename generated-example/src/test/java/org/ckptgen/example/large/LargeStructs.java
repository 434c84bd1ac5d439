package org.ckptgen.example.large;

import org.ckptgen.annotations.CkptStruct;
import org.ckptgen.annotations.U32;
import org.ckptgen.annotations.VarArray;

/**
 * 2,100 record structs, more than SchemaWriter.CHUNK (256) and SchemaWriter.CODEC_CHUNK (2,048):
 * the schema classes of this build are made in parts, methods and classes. Written by a loop,
 * once; each struct differs only in its type id.
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

  @CkptStruct(type = 0x212c) record L300(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x212d) record L301(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x212e) record L302(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x212f) record L303(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2130) record L304(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2131) record L305(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2132) record L306(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2133) record L307(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2134) record L308(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2135) record L309(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2136) record L310(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2137) record L311(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2138) record L312(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2139) record L313(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x213a) record L314(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x213b) record L315(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x213c) record L316(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x213d) record L317(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x213e) record L318(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x213f) record L319(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2140) record L320(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2141) record L321(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2142) record L322(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2143) record L323(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2144) record L324(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2145) record L325(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2146) record L326(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2147) record L327(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2148) record L328(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2149) record L329(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x214a) record L330(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x214b) record L331(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x214c) record L332(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x214d) record L333(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x214e) record L334(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x214f) record L335(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2150) record L336(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2151) record L337(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2152) record L338(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2153) record L339(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2154) record L340(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2155) record L341(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2156) record L342(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2157) record L343(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2158) record L344(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2159) record L345(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x215a) record L346(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x215b) record L347(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x215c) record L348(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x215d) record L349(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x215e) record L350(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x215f) record L351(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2160) record L352(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2161) record L353(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2162) record L354(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2163) record L355(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2164) record L356(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2165) record L357(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2166) record L358(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2167) record L359(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2168) record L360(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2169) record L361(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x216a) record L362(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x216b) record L363(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x216c) record L364(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x216d) record L365(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x216e) record L366(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x216f) record L367(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2170) record L368(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2171) record L369(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2172) record L370(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2173) record L371(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2174) record L372(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2175) record L373(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2176) record L374(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2177) record L375(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2178) record L376(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2179) record L377(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x217a) record L378(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x217b) record L379(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x217c) record L380(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x217d) record L381(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x217e) record L382(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x217f) record L383(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2180) record L384(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2181) record L385(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2182) record L386(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2183) record L387(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2184) record L388(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2185) record L389(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2186) record L390(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2187) record L391(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2188) record L392(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2189) record L393(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x218a) record L394(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x218b) record L395(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x218c) record L396(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x218d) record L397(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x218e) record L398(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x218f) record L399(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2190) record L400(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2191) record L401(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2192) record L402(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2193) record L403(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2194) record L404(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2195) record L405(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2196) record L406(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2197) record L407(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2198) record L408(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2199) record L409(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x219a) record L410(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x219b) record L411(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x219c) record L412(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x219d) record L413(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x219e) record L414(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x219f) record L415(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21a0) record L416(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21a1) record L417(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21a2) record L418(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21a3) record L419(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21a4) record L420(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21a5) record L421(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21a6) record L422(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21a7) record L423(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21a8) record L424(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21a9) record L425(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21aa) record L426(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21ab) record L427(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21ac) record L428(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21ad) record L429(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21ae) record L430(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21af) record L431(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21b0) record L432(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21b1) record L433(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21b2) record L434(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21b3) record L435(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21b4) record L436(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21b5) record L437(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21b6) record L438(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21b7) record L439(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21b8) record L440(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21b9) record L441(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21ba) record L442(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21bb) record L443(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21bc) record L444(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21bd) record L445(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21be) record L446(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21bf) record L447(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21c0) record L448(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21c1) record L449(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21c2) record L450(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21c3) record L451(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21c4) record L452(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21c5) record L453(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21c6) record L454(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21c7) record L455(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21c8) record L456(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21c9) record L457(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21ca) record L458(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21cb) record L459(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21cc) record L460(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21cd) record L461(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21ce) record L462(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21cf) record L463(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21d0) record L464(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21d1) record L465(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21d2) record L466(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21d3) record L467(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21d4) record L468(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21d5) record L469(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21d6) record L470(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21d7) record L471(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21d8) record L472(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21d9) record L473(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21da) record L474(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21db) record L475(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21dc) record L476(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21dd) record L477(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21de) record L478(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21df) record L479(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21e0) record L480(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21e1) record L481(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21e2) record L482(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21e3) record L483(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21e4) record L484(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21e5) record L485(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21e6) record L486(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21e7) record L487(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21e8) record L488(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21e9) record L489(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21ea) record L490(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21eb) record L491(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21ec) record L492(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21ed) record L493(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21ee) record L494(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21ef) record L495(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21f0) record L496(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21f1) record L497(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21f2) record L498(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21f3) record L499(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21f4) record L500(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21f5) record L501(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21f6) record L502(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21f7) record L503(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21f8) record L504(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21f9) record L505(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21fa) record L506(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21fb) record L507(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21fc) record L508(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21fd) record L509(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21fe) record L510(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x21ff) record L511(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2200) record L512(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2201) record L513(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2202) record L514(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2203) record L515(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2204) record L516(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2205) record L517(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2206) record L518(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2207) record L519(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2208) record L520(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2209) record L521(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x220a) record L522(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x220b) record L523(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x220c) record L524(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x220d) record L525(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x220e) record L526(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x220f) record L527(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2210) record L528(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2211) record L529(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2212) record L530(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2213) record L531(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2214) record L532(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2215) record L533(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2216) record L534(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2217) record L535(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2218) record L536(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2219) record L537(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x221a) record L538(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x221b) record L539(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x221c) record L540(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x221d) record L541(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x221e) record L542(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x221f) record L543(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2220) record L544(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2221) record L545(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2222) record L546(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2223) record L547(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2224) record L548(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2225) record L549(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2226) record L550(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2227) record L551(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2228) record L552(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2229) record L553(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x222a) record L554(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x222b) record L555(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x222c) record L556(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x222d) record L557(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x222e) record L558(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x222f) record L559(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2230) record L560(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2231) record L561(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2232) record L562(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2233) record L563(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2234) record L564(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2235) record L565(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2236) record L566(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2237) record L567(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2238) record L568(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2239) record L569(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x223a) record L570(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x223b) record L571(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x223c) record L572(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x223d) record L573(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x223e) record L574(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x223f) record L575(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2240) record L576(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2241) record L577(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2242) record L578(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2243) record L579(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2244) record L580(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2245) record L581(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2246) record L582(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2247) record L583(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2248) record L584(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2249) record L585(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x224a) record L586(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x224b) record L587(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x224c) record L588(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x224d) record L589(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x224e) record L590(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x224f) record L591(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2250) record L592(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2251) record L593(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2252) record L594(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2253) record L595(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2254) record L596(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2255) record L597(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2256) record L598(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2257) record L599(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2258) record L600(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2259) record L601(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x225a) record L602(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x225b) record L603(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x225c) record L604(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x225d) record L605(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x225e) record L606(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x225f) record L607(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2260) record L608(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2261) record L609(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2262) record L610(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2263) record L611(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2264) record L612(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2265) record L613(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2266) record L614(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2267) record L615(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2268) record L616(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2269) record L617(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x226a) record L618(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x226b) record L619(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x226c) record L620(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x226d) record L621(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x226e) record L622(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x226f) record L623(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2270) record L624(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2271) record L625(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2272) record L626(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2273) record L627(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2274) record L628(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2275) record L629(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2276) record L630(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2277) record L631(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2278) record L632(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2279) record L633(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x227a) record L634(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x227b) record L635(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x227c) record L636(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x227d) record L637(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x227e) record L638(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x227f) record L639(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2280) record L640(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2281) record L641(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2282) record L642(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2283) record L643(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2284) record L644(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2285) record L645(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2286) record L646(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2287) record L647(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2288) record L648(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2289) record L649(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x228a) record L650(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x228b) record L651(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x228c) record L652(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x228d) record L653(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x228e) record L654(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x228f) record L655(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2290) record L656(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2291) record L657(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2292) record L658(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2293) record L659(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2294) record L660(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2295) record L661(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2296) record L662(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2297) record L663(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2298) record L664(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2299) record L665(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x229a) record L666(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x229b) record L667(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x229c) record L668(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x229d) record L669(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x229e) record L670(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x229f) record L671(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22a0) record L672(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22a1) record L673(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22a2) record L674(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22a3) record L675(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22a4) record L676(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22a5) record L677(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22a6) record L678(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22a7) record L679(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22a8) record L680(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22a9) record L681(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22aa) record L682(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22ab) record L683(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22ac) record L684(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22ad) record L685(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22ae) record L686(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22af) record L687(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22b0) record L688(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22b1) record L689(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22b2) record L690(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22b3) record L691(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22b4) record L692(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22b5) record L693(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22b6) record L694(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22b7) record L695(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22b8) record L696(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22b9) record L697(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22ba) record L698(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22bb) record L699(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22bc) record L700(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22bd) record L701(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22be) record L702(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22bf) record L703(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22c0) record L704(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22c1) record L705(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22c2) record L706(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22c3) record L707(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22c4) record L708(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22c5) record L709(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22c6) record L710(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22c7) record L711(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22c8) record L712(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22c9) record L713(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22ca) record L714(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22cb) record L715(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22cc) record L716(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22cd) record L717(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22ce) record L718(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22cf) record L719(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22d0) record L720(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22d1) record L721(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22d2) record L722(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22d3) record L723(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22d4) record L724(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22d5) record L725(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22d6) record L726(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22d7) record L727(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22d8) record L728(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22d9) record L729(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22da) record L730(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22db) record L731(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22dc) record L732(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22dd) record L733(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22de) record L734(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22df) record L735(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22e0) record L736(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22e1) record L737(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22e2) record L738(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22e3) record L739(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22e4) record L740(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22e5) record L741(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22e6) record L742(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22e7) record L743(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22e8) record L744(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22e9) record L745(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22ea) record L746(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22eb) record L747(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22ec) record L748(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22ed) record L749(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22ee) record L750(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22ef) record L751(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22f0) record L752(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22f1) record L753(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22f2) record L754(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22f3) record L755(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22f4) record L756(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22f5) record L757(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22f6) record L758(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22f7) record L759(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22f8) record L760(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22f9) record L761(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22fa) record L762(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22fb) record L763(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22fc) record L764(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22fd) record L765(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22fe) record L766(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x22ff) record L767(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2300) record L768(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2301) record L769(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2302) record L770(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2303) record L771(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2304) record L772(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2305) record L773(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2306) record L774(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2307) record L775(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2308) record L776(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2309) record L777(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x230a) record L778(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x230b) record L779(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x230c) record L780(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x230d) record L781(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x230e) record L782(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x230f) record L783(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2310) record L784(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2311) record L785(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2312) record L786(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2313) record L787(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2314) record L788(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2315) record L789(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2316) record L790(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2317) record L791(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2318) record L792(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2319) record L793(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x231a) record L794(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x231b) record L795(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x231c) record L796(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x231d) record L797(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x231e) record L798(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x231f) record L799(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2320) record L800(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2321) record L801(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2322) record L802(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2323) record L803(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2324) record L804(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2325) record L805(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2326) record L806(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2327) record L807(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2328) record L808(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2329) record L809(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x232a) record L810(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x232b) record L811(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x232c) record L812(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x232d) record L813(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x232e) record L814(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x232f) record L815(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2330) record L816(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2331) record L817(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2332) record L818(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2333) record L819(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2334) record L820(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2335) record L821(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2336) record L822(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2337) record L823(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2338) record L824(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2339) record L825(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x233a) record L826(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x233b) record L827(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x233c) record L828(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x233d) record L829(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x233e) record L830(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x233f) record L831(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2340) record L832(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2341) record L833(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2342) record L834(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2343) record L835(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2344) record L836(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2345) record L837(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2346) record L838(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2347) record L839(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2348) record L840(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2349) record L841(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x234a) record L842(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x234b) record L843(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x234c) record L844(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x234d) record L845(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x234e) record L846(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x234f) record L847(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2350) record L848(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2351) record L849(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2352) record L850(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2353) record L851(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2354) record L852(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2355) record L853(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2356) record L854(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2357) record L855(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2358) record L856(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2359) record L857(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x235a) record L858(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x235b) record L859(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x235c) record L860(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x235d) record L861(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x235e) record L862(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x235f) record L863(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2360) record L864(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2361) record L865(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2362) record L866(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2363) record L867(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2364) record L868(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2365) record L869(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2366) record L870(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2367) record L871(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2368) record L872(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2369) record L873(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x236a) record L874(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x236b) record L875(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x236c) record L876(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x236d) record L877(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x236e) record L878(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x236f) record L879(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2370) record L880(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2371) record L881(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2372) record L882(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2373) record L883(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2374) record L884(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2375) record L885(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2376) record L886(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2377) record L887(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2378) record L888(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2379) record L889(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x237a) record L890(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x237b) record L891(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x237c) record L892(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x237d) record L893(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x237e) record L894(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x237f) record L895(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2380) record L896(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2381) record L897(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2382) record L898(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2383) record L899(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2384) record L900(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2385) record L901(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2386) record L902(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2387) record L903(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2388) record L904(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2389) record L905(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x238a) record L906(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x238b) record L907(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x238c) record L908(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x238d) record L909(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x238e) record L910(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x238f) record L911(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2390) record L912(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2391) record L913(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2392) record L914(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2393) record L915(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2394) record L916(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2395) record L917(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2396) record L918(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2397) record L919(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2398) record L920(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2399) record L921(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x239a) record L922(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x239b) record L923(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x239c) record L924(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x239d) record L925(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x239e) record L926(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x239f) record L927(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23a0) record L928(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23a1) record L929(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23a2) record L930(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23a3) record L931(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23a4) record L932(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23a5) record L933(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23a6) record L934(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23a7) record L935(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23a8) record L936(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23a9) record L937(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23aa) record L938(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23ab) record L939(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23ac) record L940(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23ad) record L941(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23ae) record L942(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23af) record L943(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23b0) record L944(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23b1) record L945(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23b2) record L946(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23b3) record L947(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23b4) record L948(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23b5) record L949(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23b6) record L950(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23b7) record L951(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23b8) record L952(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23b9) record L953(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23ba) record L954(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23bb) record L955(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23bc) record L956(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23bd) record L957(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23be) record L958(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23bf) record L959(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23c0) record L960(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23c1) record L961(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23c2) record L962(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23c3) record L963(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23c4) record L964(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23c5) record L965(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23c6) record L966(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23c7) record L967(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23c8) record L968(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23c9) record L969(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23ca) record L970(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23cb) record L971(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23cc) record L972(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23cd) record L973(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23ce) record L974(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23cf) record L975(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23d0) record L976(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23d1) record L977(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23d2) record L978(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23d3) record L979(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23d4) record L980(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23d5) record L981(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23d6) record L982(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23d7) record L983(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23d8) record L984(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23d9) record L985(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23da) record L986(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23db) record L987(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23dc) record L988(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23dd) record L989(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23de) record L990(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23df) record L991(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23e0) record L992(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23e1) record L993(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23e2) record L994(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23e3) record L995(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23e4) record L996(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23e5) record L997(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23e6) record L998(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23e7) record L999(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23e8) record L1000(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23e9) record L1001(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23ea) record L1002(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23eb) record L1003(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23ec) record L1004(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23ed) record L1005(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23ee) record L1006(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23ef) record L1007(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23f0) record L1008(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23f1) record L1009(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23f2) record L1010(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23f3) record L1011(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23f4) record L1012(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23f5) record L1013(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23f6) record L1014(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23f7) record L1015(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23f8) record L1016(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23f9) record L1017(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23fa) record L1018(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23fb) record L1019(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23fc) record L1020(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23fd) record L1021(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23fe) record L1022(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x23ff) record L1023(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2400) record L1024(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2401) record L1025(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2402) record L1026(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2403) record L1027(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2404) record L1028(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2405) record L1029(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2406) record L1030(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2407) record L1031(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2408) record L1032(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2409) record L1033(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x240a) record L1034(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x240b) record L1035(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x240c) record L1036(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x240d) record L1037(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x240e) record L1038(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x240f) record L1039(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2410) record L1040(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2411) record L1041(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2412) record L1042(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2413) record L1043(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2414) record L1044(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2415) record L1045(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2416) record L1046(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2417) record L1047(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2418) record L1048(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2419) record L1049(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x241a) record L1050(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x241b) record L1051(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x241c) record L1052(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x241d) record L1053(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x241e) record L1054(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x241f) record L1055(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2420) record L1056(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2421) record L1057(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2422) record L1058(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2423) record L1059(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2424) record L1060(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2425) record L1061(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2426) record L1062(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2427) record L1063(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2428) record L1064(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2429) record L1065(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x242a) record L1066(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x242b) record L1067(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x242c) record L1068(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x242d) record L1069(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x242e) record L1070(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x242f) record L1071(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2430) record L1072(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2431) record L1073(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2432) record L1074(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2433) record L1075(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2434) record L1076(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2435) record L1077(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2436) record L1078(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2437) record L1079(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2438) record L1080(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2439) record L1081(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x243a) record L1082(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x243b) record L1083(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x243c) record L1084(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x243d) record L1085(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x243e) record L1086(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x243f) record L1087(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2440) record L1088(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2441) record L1089(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2442) record L1090(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2443) record L1091(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2444) record L1092(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2445) record L1093(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2446) record L1094(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2447) record L1095(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2448) record L1096(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2449) record L1097(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x244a) record L1098(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x244b) record L1099(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x244c) record L1100(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x244d) record L1101(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x244e) record L1102(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x244f) record L1103(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2450) record L1104(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2451) record L1105(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2452) record L1106(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2453) record L1107(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2454) record L1108(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2455) record L1109(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2456) record L1110(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2457) record L1111(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2458) record L1112(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2459) record L1113(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x245a) record L1114(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x245b) record L1115(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x245c) record L1116(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x245d) record L1117(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x245e) record L1118(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x245f) record L1119(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2460) record L1120(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2461) record L1121(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2462) record L1122(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2463) record L1123(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2464) record L1124(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2465) record L1125(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2466) record L1126(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2467) record L1127(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2468) record L1128(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2469) record L1129(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x246a) record L1130(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x246b) record L1131(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x246c) record L1132(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x246d) record L1133(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x246e) record L1134(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x246f) record L1135(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2470) record L1136(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2471) record L1137(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2472) record L1138(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2473) record L1139(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2474) record L1140(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2475) record L1141(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2476) record L1142(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2477) record L1143(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2478) record L1144(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2479) record L1145(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x247a) record L1146(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x247b) record L1147(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x247c) record L1148(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x247d) record L1149(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x247e) record L1150(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x247f) record L1151(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2480) record L1152(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2481) record L1153(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2482) record L1154(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2483) record L1155(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2484) record L1156(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2485) record L1157(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2486) record L1158(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2487) record L1159(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2488) record L1160(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2489) record L1161(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x248a) record L1162(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x248b) record L1163(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x248c) record L1164(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x248d) record L1165(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x248e) record L1166(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x248f) record L1167(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2490) record L1168(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2491) record L1169(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2492) record L1170(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2493) record L1171(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2494) record L1172(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2495) record L1173(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2496) record L1174(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2497) record L1175(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2498) record L1176(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2499) record L1177(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x249a) record L1178(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x249b) record L1179(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x249c) record L1180(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x249d) record L1181(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x249e) record L1182(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x249f) record L1183(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24a0) record L1184(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24a1) record L1185(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24a2) record L1186(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24a3) record L1187(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24a4) record L1188(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24a5) record L1189(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24a6) record L1190(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24a7) record L1191(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24a8) record L1192(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24a9) record L1193(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24aa) record L1194(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24ab) record L1195(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24ac) record L1196(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24ad) record L1197(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24ae) record L1198(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24af) record L1199(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24b0) record L1200(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24b1) record L1201(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24b2) record L1202(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24b3) record L1203(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24b4) record L1204(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24b5) record L1205(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24b6) record L1206(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24b7) record L1207(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24b8) record L1208(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24b9) record L1209(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24ba) record L1210(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24bb) record L1211(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24bc) record L1212(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24bd) record L1213(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24be) record L1214(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24bf) record L1215(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24c0) record L1216(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24c1) record L1217(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24c2) record L1218(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24c3) record L1219(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24c4) record L1220(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24c5) record L1221(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24c6) record L1222(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24c7) record L1223(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24c8) record L1224(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24c9) record L1225(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24ca) record L1226(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24cb) record L1227(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24cc) record L1228(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24cd) record L1229(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24ce) record L1230(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24cf) record L1231(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24d0) record L1232(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24d1) record L1233(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24d2) record L1234(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24d3) record L1235(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24d4) record L1236(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24d5) record L1237(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24d6) record L1238(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24d7) record L1239(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24d8) record L1240(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24d9) record L1241(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24da) record L1242(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24db) record L1243(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24dc) record L1244(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24dd) record L1245(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24de) record L1246(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24df) record L1247(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24e0) record L1248(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24e1) record L1249(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24e2) record L1250(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24e3) record L1251(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24e4) record L1252(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24e5) record L1253(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24e6) record L1254(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24e7) record L1255(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24e8) record L1256(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24e9) record L1257(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24ea) record L1258(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24eb) record L1259(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24ec) record L1260(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24ed) record L1261(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24ee) record L1262(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24ef) record L1263(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24f0) record L1264(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24f1) record L1265(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24f2) record L1266(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24f3) record L1267(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24f4) record L1268(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24f5) record L1269(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24f6) record L1270(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24f7) record L1271(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24f8) record L1272(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24f9) record L1273(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24fa) record L1274(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24fb) record L1275(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24fc) record L1276(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24fd) record L1277(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24fe) record L1278(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x24ff) record L1279(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2500) record L1280(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2501) record L1281(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2502) record L1282(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2503) record L1283(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2504) record L1284(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2505) record L1285(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2506) record L1286(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2507) record L1287(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2508) record L1288(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2509) record L1289(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x250a) record L1290(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x250b) record L1291(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x250c) record L1292(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x250d) record L1293(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x250e) record L1294(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x250f) record L1295(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2510) record L1296(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2511) record L1297(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2512) record L1298(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2513) record L1299(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2514) record L1300(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2515) record L1301(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2516) record L1302(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2517) record L1303(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2518) record L1304(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2519) record L1305(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x251a) record L1306(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x251b) record L1307(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x251c) record L1308(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x251d) record L1309(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x251e) record L1310(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x251f) record L1311(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2520) record L1312(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2521) record L1313(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2522) record L1314(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2523) record L1315(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2524) record L1316(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2525) record L1317(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2526) record L1318(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2527) record L1319(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2528) record L1320(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2529) record L1321(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x252a) record L1322(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x252b) record L1323(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x252c) record L1324(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x252d) record L1325(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x252e) record L1326(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x252f) record L1327(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2530) record L1328(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2531) record L1329(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2532) record L1330(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2533) record L1331(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2534) record L1332(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2535) record L1333(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2536) record L1334(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2537) record L1335(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2538) record L1336(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2539) record L1337(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x253a) record L1338(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x253b) record L1339(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x253c) record L1340(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x253d) record L1341(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x253e) record L1342(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x253f) record L1343(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2540) record L1344(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2541) record L1345(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2542) record L1346(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2543) record L1347(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2544) record L1348(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2545) record L1349(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2546) record L1350(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2547) record L1351(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2548) record L1352(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2549) record L1353(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x254a) record L1354(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x254b) record L1355(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x254c) record L1356(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x254d) record L1357(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x254e) record L1358(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x254f) record L1359(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2550) record L1360(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2551) record L1361(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2552) record L1362(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2553) record L1363(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2554) record L1364(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2555) record L1365(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2556) record L1366(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2557) record L1367(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2558) record L1368(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2559) record L1369(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x255a) record L1370(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x255b) record L1371(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x255c) record L1372(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x255d) record L1373(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x255e) record L1374(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x255f) record L1375(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2560) record L1376(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2561) record L1377(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2562) record L1378(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2563) record L1379(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2564) record L1380(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2565) record L1381(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2566) record L1382(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2567) record L1383(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2568) record L1384(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2569) record L1385(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x256a) record L1386(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x256b) record L1387(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x256c) record L1388(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x256d) record L1389(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x256e) record L1390(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x256f) record L1391(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2570) record L1392(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2571) record L1393(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2572) record L1394(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2573) record L1395(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2574) record L1396(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2575) record L1397(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2576) record L1398(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2577) record L1399(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2578) record L1400(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2579) record L1401(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x257a) record L1402(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x257b) record L1403(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x257c) record L1404(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x257d) record L1405(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x257e) record L1406(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x257f) record L1407(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2580) record L1408(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2581) record L1409(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2582) record L1410(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2583) record L1411(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2584) record L1412(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2585) record L1413(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2586) record L1414(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2587) record L1415(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2588) record L1416(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2589) record L1417(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x258a) record L1418(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x258b) record L1419(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x258c) record L1420(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x258d) record L1421(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x258e) record L1422(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x258f) record L1423(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2590) record L1424(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2591) record L1425(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2592) record L1426(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2593) record L1427(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2594) record L1428(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2595) record L1429(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2596) record L1430(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2597) record L1431(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2598) record L1432(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2599) record L1433(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x259a) record L1434(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x259b) record L1435(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x259c) record L1436(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x259d) record L1437(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x259e) record L1438(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x259f) record L1439(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25a0) record L1440(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25a1) record L1441(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25a2) record L1442(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25a3) record L1443(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25a4) record L1444(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25a5) record L1445(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25a6) record L1446(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25a7) record L1447(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25a8) record L1448(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25a9) record L1449(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25aa) record L1450(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25ab) record L1451(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25ac) record L1452(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25ad) record L1453(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25ae) record L1454(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25af) record L1455(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25b0) record L1456(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25b1) record L1457(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25b2) record L1458(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25b3) record L1459(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25b4) record L1460(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25b5) record L1461(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25b6) record L1462(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25b7) record L1463(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25b8) record L1464(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25b9) record L1465(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25ba) record L1466(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25bb) record L1467(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25bc) record L1468(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25bd) record L1469(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25be) record L1470(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25bf) record L1471(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25c0) record L1472(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25c1) record L1473(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25c2) record L1474(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25c3) record L1475(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25c4) record L1476(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25c5) record L1477(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25c6) record L1478(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25c7) record L1479(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25c8) record L1480(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25c9) record L1481(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25ca) record L1482(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25cb) record L1483(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25cc) record L1484(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25cd) record L1485(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25ce) record L1486(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25cf) record L1487(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25d0) record L1488(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25d1) record L1489(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25d2) record L1490(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25d3) record L1491(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25d4) record L1492(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25d5) record L1493(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25d6) record L1494(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25d7) record L1495(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25d8) record L1496(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25d9) record L1497(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25da) record L1498(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25db) record L1499(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25dc) record L1500(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25dd) record L1501(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25de) record L1502(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25df) record L1503(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25e0) record L1504(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25e1) record L1505(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25e2) record L1506(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25e3) record L1507(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25e4) record L1508(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25e5) record L1509(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25e6) record L1510(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25e7) record L1511(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25e8) record L1512(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25e9) record L1513(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25ea) record L1514(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25eb) record L1515(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25ec) record L1516(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25ed) record L1517(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25ee) record L1518(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25ef) record L1519(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25f0) record L1520(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25f1) record L1521(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25f2) record L1522(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25f3) record L1523(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25f4) record L1524(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25f5) record L1525(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25f6) record L1526(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25f7) record L1527(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25f8) record L1528(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25f9) record L1529(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25fa) record L1530(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25fb) record L1531(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25fc) record L1532(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25fd) record L1533(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25fe) record L1534(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x25ff) record L1535(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2600) record L1536(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2601) record L1537(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2602) record L1538(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2603) record L1539(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2604) record L1540(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2605) record L1541(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2606) record L1542(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2607) record L1543(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2608) record L1544(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2609) record L1545(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x260a) record L1546(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x260b) record L1547(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x260c) record L1548(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x260d) record L1549(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x260e) record L1550(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x260f) record L1551(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2610) record L1552(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2611) record L1553(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2612) record L1554(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2613) record L1555(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2614) record L1556(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2615) record L1557(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2616) record L1558(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2617) record L1559(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2618) record L1560(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2619) record L1561(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x261a) record L1562(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x261b) record L1563(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x261c) record L1564(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x261d) record L1565(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x261e) record L1566(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x261f) record L1567(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2620) record L1568(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2621) record L1569(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2622) record L1570(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2623) record L1571(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2624) record L1572(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2625) record L1573(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2626) record L1574(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2627) record L1575(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2628) record L1576(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2629) record L1577(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x262a) record L1578(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x262b) record L1579(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x262c) record L1580(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x262d) record L1581(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x262e) record L1582(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x262f) record L1583(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2630) record L1584(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2631) record L1585(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2632) record L1586(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2633) record L1587(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2634) record L1588(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2635) record L1589(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2636) record L1590(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2637) record L1591(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2638) record L1592(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2639) record L1593(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x263a) record L1594(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x263b) record L1595(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x263c) record L1596(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x263d) record L1597(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x263e) record L1598(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x263f) record L1599(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2640) record L1600(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2641) record L1601(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2642) record L1602(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2643) record L1603(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2644) record L1604(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2645) record L1605(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2646) record L1606(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2647) record L1607(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2648) record L1608(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2649) record L1609(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x264a) record L1610(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x264b) record L1611(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x264c) record L1612(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x264d) record L1613(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x264e) record L1614(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x264f) record L1615(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2650) record L1616(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2651) record L1617(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2652) record L1618(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2653) record L1619(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2654) record L1620(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2655) record L1621(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2656) record L1622(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2657) record L1623(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2658) record L1624(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2659) record L1625(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x265a) record L1626(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x265b) record L1627(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x265c) record L1628(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x265d) record L1629(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x265e) record L1630(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x265f) record L1631(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2660) record L1632(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2661) record L1633(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2662) record L1634(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2663) record L1635(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2664) record L1636(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2665) record L1637(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2666) record L1638(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2667) record L1639(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2668) record L1640(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2669) record L1641(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x266a) record L1642(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x266b) record L1643(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x266c) record L1644(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x266d) record L1645(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x266e) record L1646(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x266f) record L1647(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2670) record L1648(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2671) record L1649(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2672) record L1650(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2673) record L1651(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2674) record L1652(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2675) record L1653(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2676) record L1654(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2677) record L1655(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2678) record L1656(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2679) record L1657(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x267a) record L1658(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x267b) record L1659(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x267c) record L1660(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x267d) record L1661(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x267e) record L1662(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x267f) record L1663(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2680) record L1664(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2681) record L1665(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2682) record L1666(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2683) record L1667(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2684) record L1668(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2685) record L1669(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2686) record L1670(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2687) record L1671(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2688) record L1672(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2689) record L1673(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x268a) record L1674(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x268b) record L1675(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x268c) record L1676(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x268d) record L1677(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x268e) record L1678(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x268f) record L1679(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2690) record L1680(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2691) record L1681(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2692) record L1682(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2693) record L1683(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2694) record L1684(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2695) record L1685(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2696) record L1686(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2697) record L1687(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2698) record L1688(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2699) record L1689(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x269a) record L1690(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x269b) record L1691(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x269c) record L1692(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x269d) record L1693(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x269e) record L1694(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x269f) record L1695(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26a0) record L1696(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26a1) record L1697(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26a2) record L1698(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26a3) record L1699(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26a4) record L1700(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26a5) record L1701(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26a6) record L1702(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26a7) record L1703(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26a8) record L1704(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26a9) record L1705(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26aa) record L1706(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26ab) record L1707(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26ac) record L1708(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26ad) record L1709(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26ae) record L1710(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26af) record L1711(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26b0) record L1712(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26b1) record L1713(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26b2) record L1714(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26b3) record L1715(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26b4) record L1716(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26b5) record L1717(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26b6) record L1718(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26b7) record L1719(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26b8) record L1720(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26b9) record L1721(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26ba) record L1722(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26bb) record L1723(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26bc) record L1724(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26bd) record L1725(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26be) record L1726(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26bf) record L1727(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26c0) record L1728(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26c1) record L1729(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26c2) record L1730(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26c3) record L1731(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26c4) record L1732(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26c5) record L1733(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26c6) record L1734(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26c7) record L1735(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26c8) record L1736(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26c9) record L1737(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26ca) record L1738(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26cb) record L1739(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26cc) record L1740(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26cd) record L1741(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26ce) record L1742(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26cf) record L1743(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26d0) record L1744(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26d1) record L1745(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26d2) record L1746(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26d3) record L1747(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26d4) record L1748(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26d5) record L1749(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26d6) record L1750(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26d7) record L1751(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26d8) record L1752(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26d9) record L1753(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26da) record L1754(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26db) record L1755(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26dc) record L1756(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26dd) record L1757(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26de) record L1758(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26df) record L1759(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26e0) record L1760(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26e1) record L1761(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26e2) record L1762(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26e3) record L1763(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26e4) record L1764(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26e5) record L1765(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26e6) record L1766(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26e7) record L1767(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26e8) record L1768(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26e9) record L1769(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26ea) record L1770(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26eb) record L1771(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26ec) record L1772(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26ed) record L1773(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26ee) record L1774(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26ef) record L1775(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26f0) record L1776(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26f1) record L1777(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26f2) record L1778(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26f3) record L1779(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26f4) record L1780(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26f5) record L1781(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26f6) record L1782(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26f7) record L1783(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26f8) record L1784(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26f9) record L1785(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26fa) record L1786(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26fb) record L1787(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26fc) record L1788(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26fd) record L1789(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26fe) record L1790(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x26ff) record L1791(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2700) record L1792(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2701) record L1793(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2702) record L1794(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2703) record L1795(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2704) record L1796(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2705) record L1797(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2706) record L1798(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2707) record L1799(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2708) record L1800(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2709) record L1801(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x270a) record L1802(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x270b) record L1803(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x270c) record L1804(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x270d) record L1805(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x270e) record L1806(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x270f) record L1807(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2710) record L1808(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2711) record L1809(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2712) record L1810(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2713) record L1811(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2714) record L1812(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2715) record L1813(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2716) record L1814(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2717) record L1815(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2718) record L1816(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2719) record L1817(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x271a) record L1818(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x271b) record L1819(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x271c) record L1820(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x271d) record L1821(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x271e) record L1822(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x271f) record L1823(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2720) record L1824(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2721) record L1825(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2722) record L1826(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2723) record L1827(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2724) record L1828(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2725) record L1829(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2726) record L1830(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2727) record L1831(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2728) record L1832(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2729) record L1833(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x272a) record L1834(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x272b) record L1835(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x272c) record L1836(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x272d) record L1837(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x272e) record L1838(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x272f) record L1839(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2730) record L1840(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2731) record L1841(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2732) record L1842(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2733) record L1843(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2734) record L1844(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2735) record L1845(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2736) record L1846(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2737) record L1847(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2738) record L1848(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2739) record L1849(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x273a) record L1850(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x273b) record L1851(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x273c) record L1852(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x273d) record L1853(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x273e) record L1854(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x273f) record L1855(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2740) record L1856(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2741) record L1857(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2742) record L1858(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2743) record L1859(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2744) record L1860(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2745) record L1861(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2746) record L1862(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2747) record L1863(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2748) record L1864(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2749) record L1865(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x274a) record L1866(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x274b) record L1867(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x274c) record L1868(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x274d) record L1869(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x274e) record L1870(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x274f) record L1871(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2750) record L1872(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2751) record L1873(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2752) record L1874(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2753) record L1875(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2754) record L1876(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2755) record L1877(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2756) record L1878(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2757) record L1879(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2758) record L1880(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2759) record L1881(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x275a) record L1882(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x275b) record L1883(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x275c) record L1884(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x275d) record L1885(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x275e) record L1886(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x275f) record L1887(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2760) record L1888(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2761) record L1889(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2762) record L1890(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2763) record L1891(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2764) record L1892(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2765) record L1893(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2766) record L1894(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2767) record L1895(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2768) record L1896(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2769) record L1897(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x276a) record L1898(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x276b) record L1899(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x276c) record L1900(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x276d) record L1901(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x276e) record L1902(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x276f) record L1903(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2770) record L1904(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2771) record L1905(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2772) record L1906(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2773) record L1907(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2774) record L1908(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2775) record L1909(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2776) record L1910(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2777) record L1911(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2778) record L1912(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2779) record L1913(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x277a) record L1914(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x277b) record L1915(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x277c) record L1916(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x277d) record L1917(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x277e) record L1918(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x277f) record L1919(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2780) record L1920(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2781) record L1921(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2782) record L1922(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2783) record L1923(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2784) record L1924(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2785) record L1925(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2786) record L1926(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2787) record L1927(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2788) record L1928(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2789) record L1929(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x278a) record L1930(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x278b) record L1931(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x278c) record L1932(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x278d) record L1933(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x278e) record L1934(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x278f) record L1935(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2790) record L1936(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2791) record L1937(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2792) record L1938(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2793) record L1939(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2794) record L1940(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2795) record L1941(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2796) record L1942(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2797) record L1943(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2798) record L1944(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2799) record L1945(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x279a) record L1946(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x279b) record L1947(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x279c) record L1948(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x279d) record L1949(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x279e) record L1950(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x279f) record L1951(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27a0) record L1952(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27a1) record L1953(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27a2) record L1954(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27a3) record L1955(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27a4) record L1956(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27a5) record L1957(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27a6) record L1958(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27a7) record L1959(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27a8) record L1960(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27a9) record L1961(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27aa) record L1962(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27ab) record L1963(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27ac) record L1964(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27ad) record L1965(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27ae) record L1966(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27af) record L1967(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27b0) record L1968(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27b1) record L1969(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27b2) record L1970(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27b3) record L1971(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27b4) record L1972(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27b5) record L1973(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27b6) record L1974(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27b7) record L1975(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27b8) record L1976(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27b9) record L1977(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27ba) record L1978(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27bb) record L1979(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27bc) record L1980(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27bd) record L1981(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27be) record L1982(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27bf) record L1983(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27c0) record L1984(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27c1) record L1985(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27c2) record L1986(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27c3) record L1987(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27c4) record L1988(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27c5) record L1989(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27c6) record L1990(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27c7) record L1991(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27c8) record L1992(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27c9) record L1993(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27ca) record L1994(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27cb) record L1995(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27cc) record L1996(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27cd) record L1997(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27ce) record L1998(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27cf) record L1999(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27d0) record L2000(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27d1) record L2001(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27d2) record L2002(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27d3) record L2003(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27d4) record L2004(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27d5) record L2005(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27d6) record L2006(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27d7) record L2007(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27d8) record L2008(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27d9) record L2009(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27da) record L2010(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27db) record L2011(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27dc) record L2012(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27dd) record L2013(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27de) record L2014(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27df) record L2015(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27e0) record L2016(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27e1) record L2017(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27e2) record L2018(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27e3) record L2019(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27e4) record L2020(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27e5) record L2021(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27e6) record L2022(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27e7) record L2023(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27e8) record L2024(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27e9) record L2025(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27ea) record L2026(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27eb) record L2027(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27ec) record L2028(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27ed) record L2029(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27ee) record L2030(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27ef) record L2031(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27f0) record L2032(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27f1) record L2033(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27f2) record L2034(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27f3) record L2035(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27f4) record L2036(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27f5) record L2037(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27f6) record L2038(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27f7) record L2039(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27f8) record L2040(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27f9) record L2041(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27fa) record L2042(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27fb) record L2043(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27fc) record L2044(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27fd) record L2045(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27fe) record L2046(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x27ff) record L2047(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2800) record L2048(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2801) record L2049(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2802) record L2050(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2803) record L2051(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2804) record L2052(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2805) record L2053(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2806) record L2054(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2807) record L2055(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2808) record L2056(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2809) record L2057(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x280a) record L2058(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x280b) record L2059(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x280c) record L2060(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x280d) record L2061(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x280e) record L2062(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x280f) record L2063(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2810) record L2064(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2811) record L2065(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2812) record L2066(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2813) record L2067(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2814) record L2068(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2815) record L2069(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2816) record L2070(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2817) record L2071(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2818) record L2072(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2819) record L2073(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x281a) record L2074(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x281b) record L2075(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x281c) record L2076(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x281d) record L2077(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x281e) record L2078(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x281f) record L2079(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2820) record L2080(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2821) record L2081(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2822) record L2082(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2823) record L2083(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2824) record L2084(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2825) record L2085(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2826) record L2086(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2827) record L2087(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2828) record L2088(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2829) record L2089(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x282a) record L2090(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x282b) record L2091(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x282c) record L2092(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x282d) record L2093(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x282e) record L2094(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x282f) record L2095(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2830) record L2096(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2831) record L2097(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2832) record L2098(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}

  @CkptStruct(type = 0x2833) record L2099(@U32 int a, @U32 @VarArray(max = 8) int[] b) {}
}
